import { z } from 'zod';
import { BACKUP_ID_PATTERN, type BackupList, type RestoredBackup } from '../domain/backup';
import type { BackupStatus } from '../domain/backupStatus';
import { read } from './callSpec';
import { empty, text } from './schemas';

/**
 * Backups: automatic rotating copies of the open file (electron/services/backup/). A backup is
 * named only by the file name the listing gave: no folders, no "..".
 */
export const restoreBackupInput = z.strictObject({
  id: text().max(64).refine((id) => BACKUP_ID_PATTERN.test(id), { message: 'Okänd säkerhetskopia. Välj en i listan.' }),
});

export const backupCalls = {
  /** The open file's backups, newest first, with what each holds. */
  listBackups: read<BackupList>('admin')(empty),
  /** For the status line: the newest backup and whether the last attempt failed; null where no backups are kept (CLI, tests). */
  getBackupStatus: read<BackupStatus | null>('admin')(empty),
  /** Restores into a NEW file and switches to it; the open file is never written, so also allowed read-only. */
  restoreBackup: read<RestoredBackup>('admin')(restoreBackupInput),
} as const;
