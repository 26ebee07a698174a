/**
 * What the status area says about the open file's automatic backups, and when it warns. One rule
 * and one phrasing for the app's status line and the restore dialog.
 */
export interface BackupStatus {
  /** True while this program backs the file up (open for editing and intact). */
  active: boolean;
  /** When the newest backup of the file was taken, ISO; null if there is none. */
  newestAt: string | null;
  /** The last attempt, if it failed after the newest backup was taken: when (ISO) and why (Swedish). */
  failure: { at: string; reason: string } | null;
  /** True while the file holds changes that the newest backup does not. */
  changedSinceNewest: boolean;
}

/** A backup older than this warns, if the file has changed since. */
export const BACKUP_STALE_AFTER_MS = 24 * 60 * 60 * 1000;

const LONG = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeStyle: 'short' });
const CLOCK = new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit' });

/** "26 november 2026 kl. 10:00", in the computer's time zone. */
export function formatBackupTime(iso: string): string {
  return LONG.format(new Date(iso));
}

function localDay(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
}

/** "i dag 10:42", "i går 16:05", otherwise as formatBackupTime. */
export function formatRecentTime(iso: string, now: Date): string {
  const at = new Date(iso);
  if (localDay(at) === localDay(now)) return `i dag ${CLOCK.format(at)}`;
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (localDay(at) === localDay(yesterday)) return `i går ${CLOCK.format(at)}`;
  return formatBackupTime(iso);
}

export interface BackupStatusLine {
  text: string;
  /** True when the user should act: the last attempt failed, or changes have waited more than a day. */
  warning: boolean;
}

/**
 * A backup older than a day warns only if the file has changed since: a file nobody has changed
 * needs no newer copy, and the app takes none (see the README, Säkerhetskopior).
 */
export function describeBackupStatus(status: BackupStatus, now: Date): BackupStatusLine {
  const newest = status.newestAt === null ? 'ingen' : formatRecentTime(status.newestAt, now);
  if (status.failure !== null) {
    return {
      text: `Säkerhetskopieringen misslyckades ${formatRecentTime(status.failure.at, now)}: ${status.failure.reason}. Senaste säkerhetskopia: ${newest}.`,
      warning: true,
    };
  }
  if (!status.active) return { text: `Senaste säkerhetskopia: ${newest}. Inga nya tas medan filen är skrivskyddad.`, warning: false };
  if (status.newestAt === null) return { text: 'Senaste säkerhetskopia: ingen ännu', warning: false };
  const stale = status.changedSinceNewest && now.getTime() - new Date(status.newestAt).getTime() > BACKUP_STALE_AFTER_MS;
  return stale
    ? { text: `Senaste säkerhetskopia: ${newest}, mer än ett dygn gammal, och planfilen har ändrats sedan dess.`, warning: true }
    : { text: `Senaste säkerhetskopia: ${newest}`, warning: false };
}
