import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

  it('a second opener in the same process is refused only while the first holds it', () => {
    const plan = join(tempDir(), 'plan.sqlite');
    writeFileSync(lockPath(plan), JSON.stringify({ host: 'x', user: 'y', pid: 1, since: new Date().toISOString(), heartbeat: new Date().toISOString() }));
    expect(() => acquireFileLock(plan)).toThrow(FileInUseError);
  });
});
