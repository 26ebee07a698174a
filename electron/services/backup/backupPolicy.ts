/**
 * Which backups to keep: the newest 10, and the newest of each day for the last 30 days, and
 * always the one known to be intact (the copy just written and checked), so rotation can never
 * leave only damaged or unchecked copies. Pure, so the rule is tested on its own.
 */
export const KEEP_LATEST = 10;
export const KEEP_DAYS = 30;

export interface BackupStamp {
  name: string;
  /** ISO timestamp the backup was taken. */
  at: string;
}

export function backupsToDelete(backups: BackupStamp[], now: Date, intact: string | null = null): BackupStamp[] {
  const newestFirst = [...backups].sort((a, b) => b.at.localeCompare(a.at));
  const keep = new Set(newestFirst.slice(0, KEEP_LATEST).map((b) => b.name));
  if (intact !== null) keep.add(intact);
  const oldestDay = new Date(now.getTime() - KEEP_DAYS * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const seenDays = new Set<string>();
  for (const backup of newestFirst) {
    const day = backup.at.slice(0, 10);
    if (day >= oldestDay && !seenDays.has(day)) {
      seenDays.add(day);
      keep.add(backup.name);
    }
  }
  return newestFirst.filter((b) => !keep.has(b.name));
}
