import { closeSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';

/** What the lock file beside a plan file says: who has it open for editing. */
export interface LockOwner {
  /** Random, new each time the lock is taken: a write checks that the lock still carries its own id. */
  id: string;
  host: string;
  user: string;
  pid: number;
  /** When that process started (processIdentity.ts), to tell it from a later process with the same PID; null if unknown. */
  started: string | null;
  since: string;
  heartbeat: string;
}

/** The lock file as found: missing, readable, or there but not readable as a lock (empty, garbage, half written). */
export type LockRead =
  | { kind: 'absent' }
  | { kind: 'owner'; owner: LockOwner; mtimeMs: number }
  | { kind: 'unreadable'; mtimeMs: number };

/** Only the owner may read the lock: it names a user and a computer (0600 where the platform has modes). */
const LOCK_MODE = 0o600;

function parseOwner(text: string): LockOwner | null {
  try {
    const value = JSON.parse(text) as Partial<LockOwner> | null;
    if (typeof value !== 'object' || value === null) return null;
    if (typeof value.host !== 'string' || typeof value.user !== 'string' || typeof value.heartbeat !== 'string') return null;
    return {
      // A lock written by an older version has no id or start time; it still names who has the file.
      id: typeof value.id === 'string' ? value.id : '',
      host: value.host,
      user: value.user,
      pid: typeof value.pid === 'number' ? value.pid : 0,
      started: typeof value.started === 'string' ? value.started : null,
      since: typeof value.since === 'string' ? value.since : value.heartbeat,
      heartbeat: value.heartbeat,
    };
  } catch {
    return null;
  }
}

/** Reads the lock; a missing file is 'absent', any other read error (a lost share) is thrown. */
export function readLock(path: string): LockRead {
  let text: string;
  let mtimeMs: number;
  try {
    text = readFileSync(path, 'utf8');
    mtimeMs = statSync(path).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'absent' };
    throw error;
  }
  const owner = parseOwner(text);
  return owner ? { kind: 'owner', owner, mtimeMs } : { kind: 'unreadable', mtimeMs };
}

/** Writes the whole lock to a file of its own, flushed, so that no one ever sees a half-written lock. */
function writeTemp(path: string, owner: LockOwner): string {
  const temp = `${path}.${owner.id.slice(0, 8)}.ny`;
  const fd = openSync(temp, 'w', LOCK_MODE);
  try {
    writeSync(fd, JSON.stringify(owner));
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  return temp;
}

/** Replaces the lock in one step (a heartbeat, or taking over a stale lock): rename is atomic. */
export function replaceLock(path: string, owner: LockOwner): void {
  const temp = writeTemp(path, owner);
  try {
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Link errors that mean "this file system has no hard links" (some network shares). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/**
 * Creates the lock only if there is none, complete or not at all: a hard link to a finished temp
 * file fails with EEXIST if the lock exists. Where the file system has no hard links, an exclusive
 * create and write does the same, with a short window in which a crash leaves an empty lock; such
 * a lock is judged by its age (fileLock.ts). Returns false if someone else's lock is already there.
 */
export function createLock(path: string, owner: LockOwner): boolean {
  const temp = writeTemp(path, owner);
  try {
    linkSync(temp, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(code)) throw error;
  } finally {
    rmSync(temp, { force: true });
  }
  return createExclusively(path, owner);
}

function createExclusively(path: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', LOCK_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(owner));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

export function removeLock(path: string): void {
  rmSync(path, { force: true });
}
