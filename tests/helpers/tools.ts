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
 * A tool the tests of a whole file need: its path, or null when those tests are to be skipped
 * (say so with describe.skipIf). In CI (the CI variable set, as `.ci/run` does) a missing tool
 * throws, so a check is never skipped unseen; elsewhere the reason is printed.
 */
export function toolOrSkip(name: string, install: string, env: NodeJS.ProcessEnv = process.env): { path: string } | { skip: string } {
  const found = findTool(name, env.PATH ?? '');
  if (found !== null) return { path: found };
  const why = `${name} saknas på PATH: testet kräver det. Installera ${install}.`;
  if (env.CI) throw new Error(`${why} I CI hoppas inget test över.`);
  console.warn(`Hoppar över: ${why}`);
  return { skip: why };
}

/** The same for one test: the tool's path, or the test is skipped with the reason (fails in CI). */
export function requireTool(context: { skip: (note?: string) => never }, name: string, install: string, env: NodeJS.ProcessEnv = process.env): string {
  const tool = toolOrSkip(name, install, env);
  return 'path' in tool ? tool.path : context.skip(tool.skip);
}
