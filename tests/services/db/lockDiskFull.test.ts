import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** The file layer with a switch: while `full` is set every write to a file fails with ENOSPC, as on a full disk. */
const disk = vi.hoisted(() => ({ full: false }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const writeSync = ((...args: Parameters<typeof real.writeSync>) => {
    if (disk.full) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
    return (real.writeSync as (...a: unknown[]) => number)(...args);
  }) as typeof real.writeSync;
  return { ...real, default: { ...real, writeSync }, writeSync };
});

import { acquireFileLock, lockPath } from '../../../electron/services/db/fileLock';
import { WriteState } from '../../../electron/services/db/writeState';
import { tempDir } from '../../helpers/planFile';

afterEach(() => {
  disk.full = false;
});

describe('the lock on a full disk (ENOSPC injected into the file layer)', () => {
  it('is refused with a Swedish message and leaves no empty lock behind that would block the file', () => {
    const plan = join(tempDir(), 'plan.sqlite');
    disk.full = true;
    expect(() => acquireFileLock(plan)).toThrow(/kan inte låsas för redigering \(disken är full\)/);
    expect(readdirSync(dirname(plan))).toEqual([]);
    disk.full = false;
    acquireFileLock(plan).release();
  });

  it('a heartbeat that cannot be written keeps the old lock whole, and the session survives it read-only', () => {
    const plan = join(tempDir(), 'plan.sqlite');
    let now = new Date(2026, 10, 26, 10, 42);
    const clock = () => now;
    const lock = acquireFileLock(plan, { clock });
    const before = readFileSync(lockPath(plan), 'utf8');
    const state = new WriteState(lock, clock);
    state.succeeded();

    disk.full = true;
    now = new Date(2026, 10, 26, 10, 43);
    expect(() => lock.refresh()).toThrow(/ENOSPC/);
    expect(() => state.heartbeat()).not.toThrow();
    expect(readFileSync(lockPath(plan), 'utf8')).toBe(before);
    expect(readdirSync(dirname(plan))).toEqual(['plan.sqlite.lock']);
    expect(state.alert()).toMatchObject({ kind: 'diskFull', message: expect.stringMatching(/^Disken är full – inget har sparats sedan 10:42\. Allt som sparades till och med 10:42 finns kvar/) });
    expect(() => state.check()).toThrow(/Disken är full/);

    disk.full = false;
    now = new Date(2026, 10, 26, 10, 44);
    state.heartbeat();
    expect(state.alert()).toBeNull();
    expect(() => state.check()).not.toThrow();
    expect(existsSync(lockPath(plan))).toBe(true);
    lock.release();
  });
});
