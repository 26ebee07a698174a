import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { acquireFileLock, FileInUseError, lockPath, STALE_MS } from '../../../electron/services/db/fileLock';
import { tempDir } from '../../helpers/planFile';

const otherComputer = (heartbeat: Date) => JSON.stringify({
  host: 'KOMMUN-PC-12', user: 'anna', pid: 4242, since: '2026-11-26T08:14:00.000Z', heartbeat: heartbeat.toISOString(),
});

describe('the lock on a plan file open elsewhere', () => {
  it('is taken on open and released on close', () => {
    const plan = join(tempDir(), 'plan.sqlite');
    const lock = acquireFileLock(plan);
    expect(JSON.parse(readFileSync(lockPath(plan), 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
    expect(existsSync(lockPath(plan))).toBe(false);
  });

  it('refuses a file another computer has open, saying who and offering read-only', () => {
    const plan = join(tempDir(), 'plan.sqlite');
    const now = new Date('2026-11-26T09:00:00Z');
    writeFileSync(lockPath(plan), otherComputer(new Date(now.getTime() - 30_000)));
    let error: unknown;
    try {
      acquireFileLock(plan, () => now);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FileInUseError);
    expect((error as Error).message).toMatch(/redan öppen för redigering av anna på datorn KOMMUN-PC-12/);
    expect((error as Error).message).toMatch(/skrivskyddad/);
    expect(JSON.parse(readFileSync(lockPath(plan), 'utf8')).host).toBe('KOMMUN-PC-12');
  });

  it('takes over a lock left by a crash (not refreshed for a while)', () => {
    const plan = join(tempDir(), 'plan.sqlite');
    const now = new Date('2026-11-26T09:00:00Z');
    writeFileSync(lockPath(plan), otherComputer(new Date(now.getTime() - STALE_MS - 1000)));
    const lock = acquireFileLock(plan, () => now);
    expect(JSON.parse(readFileSync(lockPath(plan), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('goes stale after three minutes without a refresh, as the README promises', () => {
    const now = new Date('2026-11-26T09:00:00Z');
    const heartbeatAgo = (ms: number) => {
      const plan = join(tempDir(), 'plan.sqlite');
      writeFileSync(lockPath(plan), otherComputer(new Date(now.getTime() - ms)));
      return plan;
    };
    expect(() => acquireFileLock(heartbeatAgo(2 * 60_000 + 59_000), () => now)).toThrow(FileInUseError);
    acquireFileLock(heartbeatAgo(3 * 60_000 + 1000), () => now).release();
  });

  it('refresh() rewrites the heartbeat with the clock’s time, and leaves a lock someone else has taken over alone', () => {
    const plan = join(tempDir(), 'plan.sqlite');
    let now = new Date('2026-11-26T09:00:00Z');
    const lock = acquireFileLock(plan, () => now);
    now = new Date('2026-11-26T09:01:00Z');
    lock.refresh();
    expect(JSON.parse(readFileSync(lockPath(plan), 'utf8'))).toMatchObject({
      pid: process.pid, since: '2026-11-26T09:00:00.000Z', heartbeat: '2026-11-26T09:01:00.000Z',
    });
    // Taken over while this computer slept: refreshing must not steal it back.
    writeFileSync(lockPath(plan), otherComputer(now));
    now = new Date('2026-11-26T09:02:00Z');
    lock.refresh();
    expect(JSON.parse(readFileSync(lockPath(plan), 'utf8'))).toMatchObject({ host: 'KOMMUN-PC-12', heartbeat: '2026-11-26T09:01:00.000Z' });
  });

  it('the same process may take its own lock again (reopening a file it has open)', () => {
    const plan = join(tempDir(), 'plan.sqlite');
    const first = acquireFileLock(plan);
    const again = acquireFileLock(plan);
    expect(JSON.parse(readFileSync(lockPath(plan), 'utf8'))).toMatchObject({ pid: process.pid });
    again.release();
    first.release();
    expect(existsSync(lockPath(plan))).toBe(false);
  });

  it('a second process on this computer is refused while the first holds the lock, and gets it once released', async () => {
    const plan = join(tempDir(), 'plan.sqlite');
    const holder = await holdLockInAnotherProcess(plan);
    try {
      expect(() => acquireFileLock(plan)).toThrow(FileInUseError);
      expect(JSON.parse(readFileSync(lockPath(plan), 'utf8'))).toMatchObject({ pid: holder.pid });
    } finally {
      await holder.release();
    }
    expect(existsSync(lockPath(plan))).toBe(false);
    acquireFileLock(plan).release();
  });
});

/** Another Node process takes the plan file's lock and holds it until its stdin closes. */
async function holdLockInAnotherProcess(plan: string): Promise<{ pid: number; release: () => Promise<void> }> {
  const script = join(tempDir(), 'hold-lock.mts');
  writeFileSync(script, [
    `import { acquireFileLock } from ${JSON.stringify(pathToFileURL(join(import.meta.dirname, '../../../electron/services/db/fileLock.ts')).href)};`,
    `const lock = acquireFileLock(${JSON.stringify(plan)});`,
    "process.stdout.write('held\\n');",
    "process.stdin.resume().on('end', () => { lock.release(); process.exit(0); });",
  ].join('\n'));
  const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`the lock holder exited with ${code}`)));
  });
  return {
    pid: child.pid!,
    release: () => new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.stdin!.end();
    }),
  };
}
