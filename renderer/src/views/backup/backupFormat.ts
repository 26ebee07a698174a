import type { BackupInfo } from '@shared/domain/types';

/** How the restore dialog writes a backup's size and content, in Swedish; its time is formatBackupTime (shared/domain/backupStatus.ts). */

/** "840 kB", "1,2 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000)).toLocaleString('sv-SE')} kB`;
  return `${(bytes / 1_000_000).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} MB`;
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('sv-SE')} ${n === 1 ? one : many}`;
}

/** "1 plan, 42 åtgärder, 118 lägesrapporter", or why the copy cannot be used. */
export function contentSummary(backup: BackupInfo): string {
  if (!backup.readable) return 'Går inte att läsa som planfil';
  return [count(backup.plans, 'plan', 'planer'), count(backup.actions, 'åtgärd', 'åtgärder'), count(backup.statusReports, 'lägesrapport', 'lägesrapporter')].join(', ');
}
