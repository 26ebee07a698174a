import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where a command-line tool is: the first executable of that name on PATH, or null. */
export function findTool(name: string, path: string = process.env.PATH ?? ''): string | null {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this folder.
    }
  }
  return null;
}

/**
 * A tool a test needs (LibreOffice, say). In CI (the CI variable set, as `.ci/run` does) a missing
 * tool fails the test, so a check is never skipped unseen; elsewhere the test is skipped, saying
 * which tool is missing and how to install it.
 */
export function requireTool(context: { skip: (note?: string) => never }, name: string, install: string, env: NodeJS.ProcessEnv = process.env): string {
  const found = findTool(name, env.PATH ?? '');
  if (found !== null) return found;
  const why = `${name} saknas på PATH: testet kräver det. Installera ${install}.`;
  if (env.CI) throw new Error(`${why} I CI hoppas inget test över.`);
  console.warn(`Hoppar över: ${why}`);
  return context.skip(why);
}
