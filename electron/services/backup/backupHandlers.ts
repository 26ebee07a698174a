import type { Handlers } from '../api/session';
import { backupsOf } from './sessionBackups';

/** The open file's automatic backups (shared/api/backup.ts); the session keeps them, not the plan file. */
export const backupHandlers = {
  listBackups: (s) => backupsOf(s).list(),
  getBackupStatus: (s) => s.backups?.status() ?? null,
  restoreBackup: (s, i) => backupsOf(s).restore(i.id),
} satisfies Partial<Handlers>;
