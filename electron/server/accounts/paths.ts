/**
 * Where a plan's accounts live when no file is named: beside the plan file, never inside it, so a plan
 * file exported for the desktop carries no password hashes. The `user` command and `serve` both use this.
 */
export function defaultAccountsPath(planPath: string): string {
  return `${planPath}.konton.sqlite`;
}
