import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
/** The built command line (`npm run build`, which `npm test` runs first): what package.json's `bin` names. */
export const CLI = join(ROOT, 'out/cli/index.js');

/** Runs the built `planuppfoljning …` the way a user would; env adds to the environment, stdin is piped in (else empty). */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}, stdin = ''): { status: number | null; stdout: string; stderr: string } {
  if (!existsSync(CLI)) throw new Error(`${CLI} saknas: kör npm run build först.`);
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env }, input: stdin,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
