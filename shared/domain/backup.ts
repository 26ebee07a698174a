import type { BackupStatus } from './backupStatus';
import type { BackupInfo } from './types';

/** What Återställ från säkerhetskopia… shows: the open file's backups, newest first, and where a restore goes. */
export interface BackupList {
  /** The open plan file's name, to name the restored file after it. */
  fileName: string;
  /** The open file's folder: where a restored file goes (browser mode) or is suggested (Electron). */
  folder: string;
  /** True where the program asks where to save the new file (Electron's save dialog). */
  asksForTarget: boolean;
  backups: BackupInfo[];
  /** Whether backups are being taken and whether the last attempt failed, so an empty list is never silent. */
  status: BackupStatus;
}

/** The answer to restoreBackup: the new file that is open now, or nothing if the user cancelled. */
export type RestoredBackup =
  | { kind: 'restored'; filePath: string; fileName: string }
  | { kind: 'cancelled' };

/** A backup's file name: its UTC time with ':' and '.' as '-', e.g. "2026-11-26T09-00-00-000Z.sqlite". */
export const BACKUP_ID_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.sqlite$/;

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * "Handlingsplan (återställd 2026-11-26 10.00).sqlite": the open file's name and the backup's local
 * time, so the restored file is told apart from the open one and from other restores. It keeps the
 * open file's extension (.planfil, .sqlite or .db).
 */
export function restoredFileName(openFileName: string, backupAt: string): string {
  const extension = /\.[^.]+$/.exec(openFileName)?.[0] ?? '.planfil';
  const stem = openFileName.slice(0, openFileName.length - (openFileName.endsWith(extension) ? extension.length : 0));
  const at = new Date(backupAt);
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}.${pad(at.getMinutes())}`;
  return `${stem} (återställd ${stamp})${extension}`;
}

/** The window event that opens Återställ från säkerhetskopia… (sent by the Electron menu). */
export const RESTORE_BACKUP_EVENT = 'planuppfoljning:aterstall-sakerhetskopia';
