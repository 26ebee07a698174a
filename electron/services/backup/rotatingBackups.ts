import Database from 'better-sqlite3';
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BackupStatus } from '@shared/domain/backupStatus';
import type { BackupInfo } from '@shared/domain/types';
import { formatBackupTime } from '@shared/domain/backupStatus';
import { AppError } from '@shared/errors';
import { DamagedFileError, type IntactBackup } from '../db/damagedFile';
import { readPlanFileHeader } from '../db/fileHeader';
import { checkIntegrity, checkIntegritySoon, type IntegrityVerdict } from '../db/integrityCheck';
import { APPLICATION_ID } from '../db/migrations';
import { backupFailureReason, DamagedBackupError } from './backupFailure';
import {
  backupFolder, backupName, backupStamps, createPrivateFile, ensurePrivateFolder, folderEntries, isLeftover, PARTIAL_SUFFIX, stampOf,
} from './backupFolder';
import { backupsToDelete } from './backupPolicy';

/**
 * Automatic backups of the open plan file in the user-data folder, one folder per plan file,
 * taken with SQLite's online backup API so a copy is consistent even while the app writes
 * (https://sqlite.org/backup.html). The plan file is checked before each copy and the copy after
 * it is written: a damaged file is never copied, and a damaged copy never kept. Restoring always
 * makes a new file; the open one is never overwritten.
 */
const MIN_INTERVAL_MS = 10 * 60 * 1000;

export class RotatingBackups {
  private lastBackupAt = 0;
  private lastDataVersion: string | null = null;
  private failure: BackupStatus['failure'] = null;

  constructor(
    private readonly backupRoot: string,
    private readonly clock: () => Date = () => new Date(),
    private readonly check: (path: string) => Promise<IntegrityVerdict> = checkIntegritySoon,
  ) {}

  /** Takes a backup now (on open), then rotates. Returns where it went; a failure is remembered for the status line. */
  async backupNow(db: Database.Database, planPath: string): Promise<string> {
    const now = this.clock();
    try {
      const target = await this.takeCheckedCopy(db, planPath, now);
      this.failure = null;
      return target;
    } catch (error) {
      this.failure = { at: now.toISOString(), reason: backupFailureReason(error) };
      throw error;
    }
  }

  /** After changes, at most every 10 minutes: only when the file changed since the last backup. */
  async backupIfChanged(db: Database.Database, planPath: string): Promise<string | null> {
    if (this.clock().getTime() - this.lastBackupAt < MIN_INTERVAL_MS) return null;
    if (!this.changedSinceLastBackup(db)) return null;
    return this.backupNow(db, planPath);
  }

  private async takeCheckedCopy(db: Database.Database, planPath: string, now: Date): Promise<string> {
    const source = await this.check(planPath);
    if (!source.ok) throw new DamagedFileError(planPath, source.problems);
    const folder = ensurePrivateFolder(backupFolder(this.backupRoot, planPath));
    const name = backupName(now);
    const target = join(folder, name);
    const partial = `${target}${PARTIAL_SUFFIX}`;
    let version: string;
    try {
      createPrivateFile(partial);
      await db.backup(partial);
      // Read at once: what the copy holds. A change made while the copy is checked waits for the next backup.
      version = contentVersion(db);
      const copy = await this.check(partial);
      if (!copy.ok) throw new DamagedBackupError(copy.problems);
      renameSync(partial, target);
    } finally {
      rmSync(partial, { force: true });
      rmSync(`${partial}-journal`, { force: true });
    }
    this.lastBackupAt = now.getTime();
    this.lastDataVersion = version;
    this.rotate(folder, now, name);
    return target;
  }

  /** True when the file holds changes the last backup of this session does not (or none was taken yet). */
  changedSinceLastBackup(db: Database.Database): boolean {
    return contentVersion(db) !== this.lastDataVersion;
  }

  /** The copy just written and checked is kept whatever its date, so the newest intact backup always survives. */
  private rotate(folder: string, now: Date, intact: string): void {
    for (const old of backupsToDelete(backupStamps(folder), now, intact)) rmSync(join(folder, old.name), { force: true });
    // Left by a backup cut short when the program ended mid-copy; the one in progress has just been renamed.
    for (const name of folderEntries(folder)) if (isLeftover(name)) rmSync(join(folder, name), { force: true });
  }

  /** For the status line: the newest backup on disk, and the last attempt if it failed. A folder that cannot be read is a failure too. */
  status(planPath: string, active: boolean, db: Database.Database | null): BackupStatus {
    let newestAt: string | null = null;
    let failure = this.failure;
    try {
      const times = backupStamps(backupFolder(this.backupRoot, planPath)).map((b) => b.at).sort();
      newestAt = times.at(-1) ?? null;
    } catch {
      failure ??= { at: this.clock().toISOString(), reason: 'mappen för säkerhetskopior går inte att läsa' };
    }
    return { active, newestAt, failure, changedSinceNewest: active && db !== null && this.changedSinceLastBackup(db) };
  }

  /** The backups of one plan file, newest first, with what each holds. */
  list(planPath: string): BackupInfo[] {
    const folder = backupFolder(this.backupRoot, planPath);
    return backupStamps(folder)
      .sort((a, b) => b.at.localeCompare(a.at))
      .map(({ name, at }) => ({ id: name, at, ...summarize(join(folder, name)) }));
  }

  /**
   * The newest backup that passes the integrity check, for the message about a damaged plan file.
   * Checked newest first, so usually one check.
   */
  newestIntact(planPath: string): IntactBackup | null {
    const folder = backupFolder(this.backupRoot, planPath);
    for (const { name, at } of backupStamps(folder).sort((a, b) => b.at.localeCompare(a.at))) {
      const path = join(folder, name);
      if (isIntact(path)) return { at, path };
    }
    return null;
  }

  /** Copies a backup to a new file; refuses to write over anything that exists, and a damaged backup. */
  restore(planPath: string, backupId: string, targetPath: string): void {
    const at = stampOf(backupId);
    if (at === null) throw new AppError('validation', 'Okänd säkerhetskopia.');
    const source = join(backupFolder(this.backupRoot, planPath), backupId);
    if (!existsSync(source)) throw new AppError('not_found', 'Säkerhetskopian finns inte längre.');
    if (existsSync(targetPath)) throw new AppError('refused_file', `”${basename(targetPath)}” finns redan. Välj ett nytt namn; inget skrivs över.`);
    if (!isIntact(source)) throw new AppError('refused_file', `Säkerhetskopian från ${formatBackupTime(at)} är skadad och återställs inte. Välj en äldre kopia.`);
    copyFileSync(source, targetPath);
  }
}

/** A backup that cannot even be checked counts as damaged: it is never offered as the intact one. */
function isIntact(path: string): boolean {
  try {
    return checkIntegrity(path).ok;
  } catch {
    return false;
  }
}

/** Changes whenever the file's content does (the change log grows with every write, undo included). */
function contentVersion(db: Database.Database): string {
  const row = db.prepare('SELECT COALESCE(MAX(id), 0) AS id, COUNT(*) AS n FROM change_log').get() as { id: number; n: number };
  return `${row.id}:${row.n}`;
}

function summarize(path: string): Omit<BackupInfo, 'id' | 'at'> {
  const unreadable = { plans: 0, actions: 0, statusReports: 0, lastChange: null, readable: false };
  try {
    const sizeBytes = statSync(path).size;
    const header = readPlanFileHeader(path);
    if (!header.isSqlite || header.applicationId !== APPLICATION_ID) return { ...unreadable, sizeBytes };
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
      const { at } = db.prepare('SELECT MAX(at) AS at FROM change_log').get() as { at: string | null };
      return { plans: count('plan'), actions: count('action'), statusReports: count('status_report'), sizeBytes, lastChange: at, readable: true };
    } finally {
      db.close();
    }
  } catch {
    return { ...unreadable, sizeBytes: 0 };
  }
}
