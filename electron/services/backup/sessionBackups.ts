import type Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { restoredFileName, type BackupList, type RestoredBackup } from '@shared/domain/backup';
import type { BackupStatus } from '@shared/domain/backupStatus';
import { AppError } from '@shared/errors';
import type { RotatingBackups } from './rotatingBackups';
import { noteWholeFile } from '../changedTables';

/**
 * How the program around the services keeps backups: where they go and where a restored file
 * goes. Electron asks with a save dialog (electron/main/restoreTarget.ts); browser mode takes the
 * suggestion beside the open file (electron/web/start.ts). No `electron` import here.
 */
export interface BackupSetup {
  /** The folder holding every plan file's backups, e.g. userData/Säkerhetskopior. */
  root: string;
  /** Where the restored file goes, given the suggested path beside the open file; null if cancelled. */
  chooseTarget: (suggestedPath: string) => Promise<string | null>;
  /** True where chooseTarget asks the user, so the renderer can say so before restoring. */
  asksForTarget: boolean;
  /** After the session switched to the restored file (Electron: remember it, rebuild the menu). */
  onSwitched?: (path: string) => void;
}

/** The backup calls of one open file, as a Session carries them. */
export interface SessionBackups {
  list(): BackupList;
  restore(id: string): Promise<RestoredBackup>;
  /** For the status line: the newest backup, and whether the last attempt failed. */
  status(): BackupStatus;
}

/** The session's backups, or a Swedish refusal where none are kept (the CLI, tests). */
export function backupsOf(session: { backups?: SessionBackups }): SessionBackups {
  if (!session.backups) throw new AppError('conflict', 'Automatiska säkerhetskopior finns inte här.');
  return session.backups;
}

/** "x.sqlite", or "x 2.sqlite", "x 3.sqlite"… if that exists: the suggestion never names an existing file. */
export function freePath(folder: string, fileName: string): string {
  const ext = extname(fileName);
  const stem = fileName.slice(0, fileName.length - ext.length);
  let path = join(folder, fileName);
  for (let n = 2; existsSync(path); n++) path = join(folder, `${stem} ${n}${ext}`);
  return path;
}

/**
 * The backups of the file at planPath. Restoring copies a backup to a new file, opens that
 * (switchTo) and never writes the open file: only a name the listing gave is accepted, and the
 * target may neither exist nor be the open file. backedUp gives the open connection while backups
 * are being taken, null while they are not (read-only, damaged, or still being checked).
 */
export function sessionBackups(
  setup: BackupSetup, backups: RotatingBackups, planPath: string, switchTo: (path: string) => void, backedUp: () => Database.Database | null,
): SessionBackups {
  const status = (): BackupStatus => {
    const db = backedUp();
    return backups.status(planPath, db !== null, db);
  };
  const list = (): BackupList => ({
    fileName: basename(planPath),
    folder: dirname(planPath),
    asksForTarget: setup.asksForTarget,
    backups: backups.list(planPath),
    status: status(),
  });

  return {
    list,
    status,
    async restore(id) {
      const info = list().backups.find((b) => b.id === id);
      if (!info) throw new AppError('validation', 'Okänd säkerhetskopia. Välj en i listan.');
      if (!info.readable) throw new AppError('refused_file', 'Säkerhetskopian går inte att läsa som en planfil. Välj en annan.');
      const target = await setup.chooseTarget(freePath(dirname(planPath), restoredFileName(basename(planPath), info.at)));
      if (target === null) return { kind: 'cancelled' };
      if (resolve(target) === resolve(planPath)) throw new AppError('refused_file', 'Den öppna planfilen skrivs aldrig över. Välj ett nytt namn.');
      backups.restore(planPath, id, target);
      try {
        switchTo(target);
      } catch (error) {
        // The copy we just made could not be opened: do not leave a half-way file behind.
        rmSync(target, { force: true });
        throw error;
      }
      setup.onSwitched?.(target);
      noteWholeFile();
      return { kind: 'restored', filePath: target, fileName: basename(target) };
    },
  };
}
