import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { TODAY } from './today';

const ROOT = join(import.meta.dirname, '../..');

export interface RunningBrowserMode {
  url: string;
  origin: string;
  /** The process id of browser mode itself (its service host is a child of it). */
  pid: number;
  stop: () => Promise<void>;
}

export interface BrowserModeOptions {
  /** The date the app takes as today (--today); TODAY unless a test asks for the real clock with null. */
  today?: string | null;
}

/**
 * Starts `npm run web -- --db FILE` (without the build step) and waits for the URL on its first line.
 * Automatic backups go to a folder beside the test's plan file, never into the user's own user-data folder.
 */
export async function startBrowserMode(db: string, backups: string = join(dirname(db), 'Säkerhetskopior'), { today = TODAY }: BrowserModeOptions = {}): Promise<RunningBrowserMode> {
  if (!existsSync(join(ROOT, 'out/renderer/index.html'))) throw new Error('out/renderer saknas: kör `npm run build` först.');
  const args = ['--import', 'tsx', join(ROOT, 'electron/web/start.ts'), '--db', db, '--backups', backups, ...(today === null ? [] : ['--today', today])];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c) => (stderr += c));
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`browser mode exited with ${code}: ${stderr}`)));
  });
  return {
    url: firstLine,
    origin: new URL(firstLine).origin,
    pid: child.pid!,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}
