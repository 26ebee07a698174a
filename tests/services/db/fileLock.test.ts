import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  acquireFileLock, FileInUseError, HEARTBEAT_MS, LOCK_TIMINGS, lockPath, STALE_MS,
} from '../../../electron/services/db/fileLock';
import { processStart } from '../../../electron/services/db/processIdentity';
import { tempDir } from '../../helpers/planFile';

const NOW = new Date('2026-11-26T09:00:00Z');
const clock = () => NOW;

const lockOf = (fields: Record<string, unknown>) => JSON.stringify({
  host: 'KOMMUN-PC-12', user: 'anna', pid: 4242, since: '2026-11-26T08:14:00.000Z', heartbeat: NOW.toISOString(), ...fields,
});

/** A lock file whose modification time is `ageMs` before NOW. */
function writeLock(plan: string, content: string, ageMs: number): void {
  writeFileSync(lockPath(plan), content);
  const mtime = new Date(NOW.getTime() - ageMs);
  utimesSync(lockPath(plan), mtime, mtime);
}

function refusal(plan: string): Error {
  try {
    acquireFileLock(plan, { clock }).release();
  } catch (error) {
    return error as Error;
  }
  throw new Error('the lock was taken');
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** A live process on this computer that has nothing to do with the plan file. */
function stranger(): number {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' });
  children.push(child);
  return child.pid!;
}

describe('the lock on a plan file open elsewhere', () => {
  it('keeps the real timings: a heartbeat every minute, stale after three minutes', () => {
    expect(HEARTBEAT_MS).toBe(60_000);
    expect(STALE_MS).toBe(180_000);
    expect(LOCK_TIMINGS).toEqual({ heartbeatMs: 60_000, staleMs: 180_000 });
  });

  it('is taken on open with an id of its own, readable only by its owner, and released on close', () => {
    const plan = join(tempDir(), 'plan.sqlite');
    const lock = acquireFileLock(plan);
    const written = JSON.parse(readFileSync(lockPath(plan), 'utf8'));
    expect(written).toMatchObject({ pid: process.pid, host: hostname(), id: lock.owner.id });
    expect(lock.owner.id).toMatch(/^[0-9a-f-]{36}$/);
    if (process.platform !== 'win32') expect(statSync(lockPath(plan)).mode & 0o777).toBe(0o600);
    expect(lock.check()).toEqual({ held: true });
    lock.release();
    expect(existsSync(lockPath(plan))).toBe(false);
  });

  it('refuses a file another computer has open, saying who and offering read-only', () => {
    const plan = join(tempDir(), 'plan.sqlite');
    writeLock(plan, lockOf({ heartbeat: new Date(NOW.getTime() - 30_000).toISOString() }), 30_000);
    const error = refusal(plan);
    expect(error).toBeInstanceOf(FileInUseError);
    expect(error.message).toMatch(/redan öppen för redigering av anna på datorn KOMMUN-PC-12/);
    expect(error.message).toMatch(/skrivskyddad/);
    expect(JSON.parse(readFileSync(lockPath(plan), 'utf8')).host).toBe('KOMMUN-PC-12');
  });

  it('takes over a lock left by a crash (not refreshed for a while)', () => {
    const plan = join(tempDir(), 'plan.sqlite');
    writeLock(plan, lockOf({ heartbeat: new Date(NOW.getTime() - STALE_MS - 1000).toISOString() }), STALE_MS + 1000);
    const lock = acquireFileLock(plan, { clock });
    expect(JSON.parse(readFileSync(lockPath(plan), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('goes stale three minutes after its last heartbeat, as the README promises', () => {
    const heartbeatAgo = (ms: number): string => {
      const plan = join(tempDir(), 'plan.sqlite');
      writeLock(plan, lockOf({ heartbeat: new Date(NOW.getTime() - ms).toISOString() }), ms);
      return plan;
    };
    expect(refusal(heartbeatAgo(2 * 60_000 + 59_000))).toBeInstanceOf(FileInUseError);
    acquireFileLock(heartbeatAgo(3 * 60_000 + 1000), { clock }).release();
  });

  it('the same process may take its own lock again (reopening a file it has open); the first then no longer holds it', () => {
    const plan = join(tempDir(), 'plan.sqlite');
    const first = acquireFileLock(plan);
    const again = acquireFileLock(plan);
    expect(JSON.parse(readFileSync(lockPath(plan), 'utf8'))).toMatchObject({ pid: process.pid, id: again.owner.id });
    expect(first.check()).toMatchObject({ held: false });
    first.release();
    expect(existsSync(lockPath(plan))).toBe(true);
    again.release();
    expect(existsSync(lockPath(plan))).toBe(false);
  });

  it('a second process on this computer is refused while the first holds the lock, and gets it once released', async () => {
    const plan = join(tempDir(), 'plan.sqlite');
    const holder = await holdLockInAnotherProcess(plan);
    try {
      expect(refusal(plan)).toBeInstanceOf(FileInUseError);
      expect(JSON.parse(readFileSync(lockPath(plan), 'utf8'))).toMatchObject({ pid: holder.pid, host: hostname() });
    } finally {
      await holder.release();
    }
    expect(existsSync(lockPath(plan))).toBe(false);
    acquireFileLock(plan).release();
  });

  describe('an unreadable lock is judged by its age, with the same three minutes', () => {
    for (const [what, content] of [['empty', ''], ['garbage', '\u0000\u0007{"host": "KOMMUN'], ['JSON without an owner', '[1, 2, 3]']] as const) {
      it(`${what}: refused while new, without blaming the folder`, () => {
        const plan = join(tempDir(), 'plan.sqlite');
        writeLock(plan, content, 10_000);
        const error = refusal(plan);
        expect(error).toBeInstanceOf(FileInUseError);
        expect(error.message).toMatch(/håller på att öppnas för redigering någon annanstans/);
        expect(error.message).not.toMatch(/mappen/);
        expect(readFileSync(lockPath(plan), 'utf8')).toBe(content);
      });

      it(`${what}: taken over once older than STALE_MS`, () => {
        const plan = join(tempDir(), 'plan.sqlite');
        writeLock(plan, content, STALE_MS + 1000);
        const lock = acquireFileLock(plan, { clock });
        expect(JSON.parse(readFileSync(lockPath(plan), 'utf8')).id).toBe(lock.owner.id);
        lock.release();
      });
    }
  });

  it('a heartbeat in the future (another clock ahead) holds only until STALE_MS after the file was written', () => {
    const plan = join(tempDir(), 'plan.sqlite');
    const future = lockOf({ heartbeat: '2027-06-01T00:00:00.000Z' });
    writeLock(plan, future, 60_000);
    expect(refusal(plan)).toBeInstanceOf(FileInUseError);
    writeLock(plan, future, STALE_MS + 1000);
    const lock = acquireFileLock(plan, { clock });
    expect(lock.check()).toEqual({ held: true });
    lock.release();
  });

  describe('a lock naming a process on this computer', () => {
    const here = (pid: number, started: string | null) => lockOf({ host: hostname(), pid, started });

    it('whose PID now belongs to another program (another start time) is taken over at once', () => {
      const plan = join(tempDir(), 'plan.sqlite');
      writeLock(plan, here(stranger(), 'linux:another-boot:12345'), 1000);
      const lock = acquireFileLock(plan, { clock });
      expect(lock.check()).toEqual({ held: true });
      lock.release();
    });

    it('that is still the owner (same start time) is respected', () => {
      const pid = stranger();
      const plan = join(tempDir(), 'plan.sqlite');
      writeLock(plan, here(pid, processStart(pid)), 1000);
      expect(refusal(plan)).toBeInstanceOf(FileInUseError);
    });

    it('whose process is gone is taken over at once', () => {
      const plan = join(tempDir(), 'plan.sqlite');
      const child = spawn('true');
      const pid = child.pid!;
      return new Promise<void>((resolve) => child.once('exit', () => {
        writeLock(plan, here(pid, null), 1000);
        acquireFileLock(plan, { clock }).release();
        resolve();
      }));
    });
  });

  it('knows when another computer has taken it over: check and refresh say so, and neither touches the new lock', () => {
    const plan = join(tempDir(), 'plan.sqlite');
    const lock = acquireFileLock(plan, { clock });
    const taken = lockOf({ id: 'bo-lock', user: 'bo', host: 'KOMMUN-PC-7' });
    writeFileSync(lockPath(plan), taken);
    expect(lock.check()).toMatchObject({ held: false, holder: { user: 'bo', host: 'KOMMUN-PC-7' } });
    expect(lock.refresh()).toMatchObject({ held: false });
    lock.release();
    expect(readFileSync(lockPath(plan), 'utf8')).toBe(taken);
  });

  it('refreshes its heartbeat by replacing the file whole', () => {
    const plan = join(tempDir(), 'plan.sqlite');
    let now = NOW;
    const lock = acquireFileLock(plan, { clock: () => now });
    now = new Date(NOW.getTime() + HEARTBEAT_MS);
    expect(lock.refresh()).toEqual({ held: true });
    expect(JSON.parse(readFileSync(lockPath(plan), 'utf8'))).toMatchObject({ id: lock.owner.id, heartbeat: now.toISOString(), since: NOW.toISOString() });
    lock.release();
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
  children.push(child);
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
