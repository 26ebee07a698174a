import type { Api, RawApi } from '@shared/api/contract';
import type { AppErrorKind, ChangedTables, EditConflict, FieldProblem } from '@shared/errors';
import { mapCalls } from './mapCalls';

declare global {
  interface Window {
    /** Set by the Electron preload, or by main.tsx in browser mode. */
    api: RawApi;
  }
}

/** An API refusal as the UI shows it: a Swedish message, and per-field problems for forms. */
export class ApiError extends Error {
  readonly kind: AppErrorKind;
  readonly problems: FieldProblem[];
  /** A save refused because someone else saved the record first (server mode): their values, to show beside one's own. */
  readonly edit: EditConflict | undefined;

  constructor(kind: AppErrorKind, message: string, problems: FieldProblem[] = [], edit?: EditConflict) {
    super(message);
    this.kind = kind;
    this.problems = problems;
    this.edit = edit;
  }
}

/**
 * The renderer's API: window.api with errors turned back into exceptions. A proxy rather than a
 * loop over the contract's call names: importing the contract at run time would bring zod and
 * every input schema into the renderer's start-up script, which never validates anything itself.
 */
export const api: Api = mapCalls((name) => async (input: unknown) => {
  const result = await (window.api[name as keyof RawApi] as (i: unknown) => ReturnType<RawApi[keyof RawApi]>)(input);
  if (result.ok) {
    // A write resolves only once the reads it affected have their new answers (renderer/src/data).
    if (result.changed !== undefined && changeListener !== null) await changeListener(result.changed);
    return result.value;
  }
  // An edit conflict is about one record, not the file: the form shows it (FormDialog).
  if (result.error.kind === 'conflict' && result.error.edit === undefined && name !== 'getAppInfo') for (const listener of conflictListeners) listener();
  throw new ApiError(result.error.kind, result.error.message, result.error.problems, result.error.edit);
});

const conflictListeners = new Set<() => void>();

let changeListener: ((changed: ChangedTables) => Promise<void>) | null = null;

/**
 * Tells the renderer's data layer what each answer changed (one listener: renderer/src/data/dataLayer.ts).
 * Returns how to stop listening.
 */
export function onChanged(listener: (changed: ChangedTables) => Promise<void>): () => void {
  changeListener = listener;
  return () => {
    if (changeListener === listener) changeListener = null;
  };
}

/**
 * Called after any call refused as a conflict: the file may have become read-only (another computer
 * took it over, the disk is full), which AppInfo then says. Returns how to stop listening.
 */
export function onConflict(listener: () => void): () => void {
  conflictListeners.add(listener);
  return () => conflictListeners.delete(listener);
}

export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : 'Ett oväntat fel inträffade.';
}
