import { extname, resolve } from 'node:path';

/**
 * The extensions a plan file may have. `.planfil` is the one the installers associate with the
 * app (double-click opens it); `.sqlite` and `.db` are accepted because older files use them,
 * but associating them would take over every SQLite file on the computer.
 */
export const PLAN_FILE_EXTENSIONS = ['planfil', 'sqlite', 'db'] as const;
export const ASSOCIATED_EXTENSION = 'planfil';

/**
 * The plan file a start asked for: Windows and Linux pass a double-clicked file as an argument
 * (to the first start, and to 'second-instance'). argv[0] is the program; switches and anything
 * without a plan file's extension (such as `.` in development) are skipped.
 */
export function planFileFromArgs(argv: readonly string[], workingDirectory: string): string | null {
  const candidates = argv.slice(1).filter((arg) => {
    if (arg.startsWith('-')) return false;
    const extension = extname(arg).slice(1).toLowerCase();
    return (PLAN_FILE_EXTENSIONS as readonly string[]).includes(extension);
  });
  const last = candidates.at(-1);
  return last === undefined ? null : resolve(workingDirectory, last);
}
