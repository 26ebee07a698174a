/**
 * Every editable record carries a version (migration 0120), raised by each update. A form sends the
 * version it loaded back with its update (shared/api/schemas.ts rowVersion); when someone saved in
 * between, the save is refused as an edit conflict (AppErrorData.edit) instead of overwriting theirs.
 */
export interface Versioned {
  /** 0: not saved yet (a standard question or a svar the nämnd has not written); otherwise 1 and up. */
  version: number;
}
