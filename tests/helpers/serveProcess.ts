import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { openAccountStore } from '../../electron/server/accounts/accountStore';
import { defaultAccountsPath } from '../../electron/server/accounts/paths';
import { CLI } from './runCli';

/**
 * The built `planuppfoljning serve` as kommun IT runs it: a child process whose first line on
 * standard output is the address. Stopped (SIGTERM) by the test's afterEach through stopAll.
 */
export interface ServeProcess {
  child: ChildProcess;
  /** The announced address, or null when the process ended without one. */
  origin: Promise<string | null>;
  exited: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

const running: ChildProcess[] = [];

export function startServeProcess(args: string[]): ServeProcess {
  const child = spawn(process.execPath, [CLI, 'serve', ...args], { cwd: join(import.meta.dirname, '../..'), stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => (stderr += chunk));
  const origin = new Promise<string | null>((resolve) => {
    child.stdout!.on('data', (chunk: string) => {
      stdout += chunk;
      const line = stdout.split('\n');
      if (line.length > 1) resolve(line[0]);
    });
    child.on('exit', () => resolve(null));
  });
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, origin, exited };
}

export async function stopAll(): Promise<void> {
  await Promise.all(running.splice(0).map((child) => new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.on('exit', () => resolve());
    child.kill('SIGTERM');
  })));
}

export const ADMIN_LOGIN = { login: 'strateg', password: 'ett riktigt långt lösenord' };

/** The plan's account store with one administrator, as `planuppfoljning user add --admin` makes it. */
export function addAdmin(planPath: string): void {
  const store = openAccountStore(defaultAccountsPath(planPath));
  store.addUser({ name: 'Sara Strateg', login: ADMIN_LOGIN.login, role: 'admin', password: ADMIN_LOGIN.password });
  store.close();
}
