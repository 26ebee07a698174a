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
 * "Handlingsplan (återställd 2026-11-26 10.00).sqlite": the open file's name, what the copy is and a
 * local time, so a copy is told apart from the open file and from other copies. It keeps the open
 * file's extension (.planfil, .sqlite or .db).
 */
export function copyFileName(openFileName: string, what: string, at: Date): string {
  const extension = /\.[^.]+$/.exec(openFileName)?.[0] ?? '.planfil';
  const stem = openFileName.slice(0, openFileName.length - (openFileName.endsWith(extension) ? extension.length : 0));
  const stamp = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}.${pad(at.getMinutes())}`;
  return `${stem} (${what} ${stamp})${extension}`;
}

/** A restored backup, named by the backup's time. */
export function restoredFileName(openFileName: string, backupAt: string): string {
  return copyFileName(openFileName, 'återställd', new Date(backupAt));
}

/** The window event that opens Återställ från säkerhetskopia… (sent by the Electron menu). */
export const RESTORE_BACKUP_EVENT = 'planuppfoljning:aterstall-sakerhetskopia';
