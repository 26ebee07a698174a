import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { basename } from 'node:path';
import { AppError } from '@shared/errors';
import { createLock, readLock, removeLock, replaceLock, type LockOwner, type LockRead } from './lockFile';
import { ownProcessStart, processStart } from './processIdentity';
import { userName } from '../userName';

export type { LockOwner } from './lockFile';

/**
 * Who has a plan file open for writing. SQLite's own locks last one transaction and are unreliable
 * on network shares (https://sqlite.org/howtocorrupt.html#_filesystems_with_broken_or_missing_lock_implementations),
 * so the app keeps a small lock file beside the plan file, visible to every computer that can see
 * the file, and refreshes it while the file is open. A lock not refreshed for STALE_MS is left
 * over from a crash (or from a computer that went to sleep) and may be taken over; the sleeper
 * then finds at its next write that the lock is no longer its own (check()).
 */
export const HEARTBEAT_MS = 60_000;
export const STALE_MS = 3 * HEARTBEAT_MS;

/** The real timings, or shorter ones for a test that cannot wait three minutes. */
export interface LockTimings {
  heartbeatMs: number;
  staleMs: number;
}

export const LOCK_TIMINGS: LockTimings = { heartbeatMs: HEARTBEAT_MS, staleMs: STALE_MS };

export class FileInUseError extends AppError {
  /** owner: who has the file open, or null when the lock is being written right now or cannot be read. */
  constructor(readonly owner: LockOwner | null, readonly fileName: string) {
    super('conflict', owner === null
      ? `”${fileName}” håller på att öppnas för redigering någon annanstans (låsfilen bredvid den är ofullständig). `
        + 'Försök igen om några minuter, eller öppna den skrivskyddad och läs. Filen har inte ändrats.'
      : `”${fileName}” är redan öppen för redigering av ${owner.user} på datorn ${owner.host} sedan ${formatSince(owner.since)}. `
        + 'Du kan öppna den skrivskyddad och läsa, men inte ändra, tills den stängs där.');
  }
}

function formatSince(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? 'en stund' : date.toLocaleString('sv-SE', { dateStyle: 'long', timeStyle: 'short' });
}

export function lockPath(planPath: string): string {
  return `${planPath}.lock`;
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

interface Me {
  host: string;
  user: string;
  pid: number;
  started: string | null;
}

/**
 * Whether a lock may be taken over. Fresh means refreshed within staleMs; an unreadable lock and a
 * heartbeat in the future (another computer's clock ahead of ours) are judged by the file's mtime
 * instead, with the same rule. On this computer a dead PID, or a live PID that started at another
 * time than the owner did, is an owner that is gone.
 */
export function mayTakeOver(found: Exclude<LockRead, { kind: 'absent' }>, me: Me, now: number, staleMs: number): boolean {
  const mtimeStale = now - found.mtimeMs >= staleMs;
  if (found.kind === 'unreadable') return mtimeStale;
  const { owner } = found;
  const beat = Date.parse(owner.heartbeat);
  const stale = Number.isNaN(beat) || beat > now ? mtimeStale : now - beat >= staleMs;
  if (stale || owner.host !== me.host) return stale;
  if (owner.pid === me.pid) return true;
  if (!isAlive(owner.pid)) return true;
  const started = processStart(owner.pid);
  return owner.started !== null && started !== null && started !== owner.started;
}

/** The answer to "is the lock still mine?": if not, who has it now (null: nobody, or unreadable). */
export type LockCheck = { held: true } | { held: false; holder: LockOwner | null };

export interface PlanFileLock {
  readonly owner: LockOwner;
  /** Cheap (one small read): whether the lock file still carries this lock's id. */
  check: () => LockCheck;
  /** A new heartbeat if the lock is still ours; throws if the file cannot be written (a full disk, a lost share). */
  refresh: () => LockCheck;
  release: () => void;
}

export interface LockOptions {
  clock?: () => Date;
  staleMs?: number;
  /** The name the lock shows to others; default the operating-system user. */
  user?: string;
}

/** Takes the lock or throws FileInUseError naming who has the file open. */
export function acquireFileLock(planPath: string, options: LockOptions = {}): PlanFileLock {
  const clock = options.clock ?? (() => new Date());
  const staleMs = options.staleMs ?? STALE_MS;
  const path = lockPath(planPath);
  const fileName = basename(planPath);
  const me: Me = { host: hostname(), user: options.user ?? userName(), pid: process.pid, started: ownProcessStart() };
  const since = clock().toISOString();
  const owner: LockOwner = { id: randomUUID(), ...me, since, heartbeat: since };

  try {
    const found = readLock(path);
    if (found.kind === 'absent') {
      if (!createLock(path, owner)) refuse(readLock(path), fileName);
    } else {
      if (!mayTakeOver(found, me, clock().getTime(), staleMs)) refuse(found, fileName);
      replaceLock(path, owner);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw cannotLock(error, fileName);
  }
  // Two computers taking over the same stale lock at once: the last rename wins, the other steps back.
  const after = readLock(path);
  if (after.kind !== 'owner' || after.owner.id !== owner.id) refuse(after, fileName);

  const check = (): LockCheck => {
    const current = readLock(path);
    if (current.kind === 'owner' && current.owner.id === owner.id) return { held: true };
    return { held: false, holder: current.kind === 'owner' ? current.owner : null };
  };
  return {
    owner,
    check,
    refresh: () => {
      const result = check();
      if (result.held) replaceLock(path, { ...owner, heartbeat: clock().toISOString() });
      return result;
    },
    release: () => {
      try {
        if (check().held) removeLock(path);
      } catch {
        // Closing must not fail because the share is gone; the lock then goes stale by itself.
      }
    },
  };
}

function refuse(found: LockRead, fileName: string): never {
  throw new FileInUseError(found.kind === 'owner' ? found.owner : null, fileName);
}

function cannotLock(error: unknown, fileName: string): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  const why = code === 'ENOSPC' || code === 'EDQUOT' ? 'disken är full'
    : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'mappen är skrivskyddad'
      : 'mappen går inte att skriva i just nu';
  return new AppError('refused_file', `”${fileName}” kan inte låsas för redigering (${why}). Öppna den skrivskyddad. Filen har inte ändrats.`);
}
