import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { basename } from 'node:path';
import { AppError } from '../../../shared/errors';

/**
 * Who has a plan file open for writing. SQLite's own locks last one transaction and are unreliable
 * on network shares (https://sqlite.org/howtocorrupt.html#_filesystems_with_broken_or_missing_lock_implementations),
 * so the app keeps a small lock file beside the plan file, visible to every computer that can see
 * the file, and refreshes it while the file is open. A lock not refreshed for STALE_MS is left
 * over from a crash and may be taken over.
 */
export const HEARTBEAT_MS = 60_000;
export const STALE_MS = 3 * HEARTBEAT_MS;

export interface LockOwner {
  host: string;
  user: string;
  pid: number;
  since: string;
  heartbeat: string;
}

export class FileInUseError extends AppError {
  constructor(readonly owner: LockOwner, fileName: string) {
    const since = new Date(owner.since).toLocaleString('sv-SE', { dateStyle: 'long', timeStyle: 'short' });
    super('conflict', `”${fileName}” är redan öppen för redigering av ${owner.user} på datorn ${owner.host} sedan ${since}. `
      + 'Du kan öppna den skrivskyddad och läsa, men inte ändra, tills den stängs där.');
  }
}

export function lockPath(planPath: string): string {
  return `${planPath}.lock`;
}

function readOwner(path: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
    return typeof owner.host === 'string' && typeof owner.heartbeat === 'string' ? owner : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface PlanFileLock {
  refresh: () => void;
  release: () => void;
}

/** Takes the lock or throws FileInUseError naming who has the file open. */
export function acquireFileLock(planPath: string, clock: () => Date = () => new Date()): PlanFileLock {
  const path = lockPath(planPath);
  const me = { host: hostname(), user: safeUser(), pid: process.pid };
  const existing = readOwner(path);
  if (existing) {
    const fresh = clock().getTime() - new Date(existing.heartbeat).getTime() < STALE_MS;
    const sameHostDead = existing.host === me.host && !isAlive(existing.pid);
    const mine = existing.host === me.host && existing.pid === me.pid;
    if (fresh && !sameHostDead && !mine) throw new FileInUseError(existing, basename(planPath));
    rmSync(path, { force: true });
  }
  const since = clock().toISOString();
  const write = (exclusive: boolean): void => {
    const owner: LockOwner = { ...me, since, heartbeat: clock().toISOString() };
    const target = exclusive ? path : `${path}.ny`;
    // 'wx' fails if another computer created the lock in the meantime: the first one wins.
    const fd = openSync(target, exclusive ? 'wx' : 'w');
    try {
      writeSync(fd, JSON.stringify(owner));
    } finally {
      closeSync(fd);
    }
    if (!exclusive) renameSync(target, path);
  };
  try {
    write(true);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      const owner = readOwner(path);
      if (owner) throw new FileInUseError(owner, basename(planPath));
    }
    throw new AppError('refused_file', `”${basename(planPath)}” kan inte låsas för redigering (mappen är kanske skrivskyddad). Öppna den skrivskyddad.`);
  }
  return {
    refresh: () => {
      const owner = readOwner(path);
      if (owner && owner.host === me.host && owner.pid === me.pid) write(false);
    },
    release: () => {
      const owner = readOwner(path);
      if (owner && owner.host === me.host && owner.pid === me.pid) rmSync(path, { force: true });
    },
  };
}

function safeUser(): string {
  try {
    return userInfo().username || 'okänd';
  } catch {
    return 'okänd';
  }
}
