import { format, isSameDay } from 'date-fns';
import { formatDateTime } from '@shared/dates';
import type { LockOwner } from './lockFile';

/**
 * What the user is told when the open file can no longer be written here, in one place. Each
 * message says what is kept (everything saved before the time it names) and what to do next.
 */
export type WriteFailureKind = 'diskFull' | 'unavailable';

const DISK_FULL = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);
const UNAVAILABLE = new Set(['EIO', 'EROFS', 'ENOTCONN', 'ESTALE', 'ENETDOWN', 'ENETUNREACH', 'EHOSTDOWN', 'EHOSTUNREACH', 'ETIMEDOUT', 'ENXIO', 'SQLITE_CANTOPEN']);

/**
 * A write error that is about the disk or the share rather than about the data: Node's errno codes
 * and SQLite's result codes (https://sqlite.org/rescode.html: SQLITE_FULL, SQLITE_IOERR_*,
 * SQLITE_READONLY_* when the file was moved or its permissions changed). null for anything else.
 */
export function writeFailureKind(error: unknown): WriteFailureKind | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (DISK_FULL.has(code)) return 'diskFull';
  if (UNAVAILABLE.has(code) || code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_READONLY')) return 'unavailable';
  return null;
}

/** "10:42" today, "2026-11-25 10:42" another day. */
function clockTime(at: Date, now: Date): string {
  return isSameDay(at, now) ? format(at, 'HH:mm') : formatDateTime(at);
}

const COPY_ADVICE = 'Med Spara kopia som… sparar du dina ändringar i en kopia av planfilen.';

/** The lock was taken over by another computer (holder), or removed (null) while this one slept. */
export function lockLostMessage(holder: LockOwner | null, lastSaved: Date, now: Date): string {
  const takenAt = holder === null ? lastSaved : new Date(holder.since);
  const when = clockTime(Number.isNaN(takenAt.getTime()) ? lastSaved : takenAt, now);
  const who = holder === null
    ? 'Planfilens lås togs bort av någon annan medan din dator sov.'
    : `Planfilen öppnades av ${holder.user} på datorn ${holder.host} medan din dator sov.`;
  return `${who} Dina ändringar efter ${when} har inte sparats. Allt som sparades före dess finns kvar i planfilen. `
    + `Här är planfilen nu skrivskyddad. ${COPY_ADVICE}`;
}

/** A write failed: the disk is full or the file cannot be reached; lastSaved is the last write that worked. */
export function writeFailedMessage(kind: WriteFailureKind, lastSaved: Date, now: Date): string {
  const when = clockTime(lastSaved, now);
  const what = kind === 'diskFull'
    ? `Disken är full – inget har sparats sedan ${when}.`
    : `Planfilen går inte att skriva till (nätverksenheten kan vara bortkopplad) – inget har sparats sedan ${when}.`;
  return `${what} Allt som sparades till och med ${when} finns kvar i planfilen. `
    + `Planfilen är skrivskyddad tills det går att spara igen. ${COPY_ADVICE}`;
}

/** The last-resort handlers: something nobody caught, in the background. */
export const UNEXPECTED_MESSAGE = 'Ett oväntat fel inträffade i programmet. Planfilen är fortfarande öppen och allt som har sparats finns kvar. '
  + 'Om något ser fel ut: stäng programmet och öppna planfilen igen.';

/** The service host (the process that owns the plan file) ended unexpectedly and was started again with the same file. */
export const HOST_RESTARTED_MESSAGE = 'Den del av programmet som sköter planfilen avbröts oväntat och har startats om. Planfilen är öppen igen och allt som hade sparats finns kvar. '
  + 'Om du sparade något just då har det inte sparats: kontrollera den senaste ändringen och gör om den vid behov.';

/** A call that was in flight when the service host ended: it was not carried out, or not confirmed. */
export const HOST_CRASHED_CALL_MESSAGE = 'Den del av programmet som sköter planfilen avbröts oväntat innan anropet var klart. Ändringen har inte sparats. '
  + 'Planfilen öppnas igen – försök en gång till.';

/** The service host ended again and again, so it is not started any more. */
export const HOST_GONE_MESSAGE = 'Den del av programmet som sköter planfilen kunde inte startas igen. Allt som hade sparats finns kvar i planfilen. '
  + 'Stäng programmet och starta det igen.';

/** The command line's last resort: the command stops, and the file is as after its last completed write. */
export const COMMAND_UNEXPECTED_MESSAGE = 'Ett oväntat fel inträffade och kommandot avbröts. Planfilen är som efter den senast sparade ändringen; inget halvfärdigt har sparats.';
