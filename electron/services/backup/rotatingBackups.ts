import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BackupInfo } from '../../../shared/domain/types';
import { AppError } from '../../../shared/errors';
import { readPlanFileHeader } from '../db/fileHeader';
import { APPLICATION_ID } from '../db/migrations';
import { backupsToDelete } from './backupPolicy';

/**
 * Automatic backups of the open plan file in the user-data folder, one folder per plan file,
 * taken with SQLite's online backup API so a copy is consistent even while the app writes
 * (https://sqlite.org/backup.html). Restoring always makes a new file; the open one is never
 * overwritten.
 */
const MIN_INTERVAL_MS = 10 * 60 * 1000;

/** One folder per plan file: its name plus a short hash of its full path, so two "plan.sqlite" never mix. */
export function backupFolder(backupRoot: string, planPath: string): string {
  const stem = basename(planPath).replace(/\.[^.]+$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '_');
  const hash = createHash('sha256').update(planPath).digest('hex').slice(0, 8);
  return join(backupRoot, `${stem}-${hash}`);
}

function stampOf(name: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.sqlite$/.exec(name);
  return match ? `${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z` : null;
}

export class RotatingBackups {
  private lastBackupAt = 0;
  private lastDataVersion: string | null = null;

  constructor(private readonly backupRoot: string, private readonly clock: () => Date = () => new Date()) {}

  /** Takes a backup now (on open), then rotates. Returns where it went. */
  async backupNow(db: Database.Database, planPath: string): Promise<string> {
    const folder = backupFolder(this.backupRoot, planPath);
    mkdirSync(folder, { recursive: true });
    const now = this.clock();
    const name = `${now.toISOString().replace(/[:.]/g, '-')}.sqlite`;
    const target = join(folder, name);
    const partial = `${target}.delvis`;
    try {
      await db.backup(partial);
      renameSync(partial, target);
    } finally {
      rmSync(partial, { force: true });
    }
    this.lastBackupAt = now.getTime();
    this.lastDataVersion = contentVersion(db);
    this.rotate(folder, now);
    return target;
  }

  /** After changes, at most every 10 minutes: only when the file changed since the last backup. */
  async backupIfChanged(db: Database.Database, planPath: string): Promise<string | null> {
    if (this.clock().getTime() - this.lastBackupAt < MIN_INTERVAL_MS) return null;
    if (contentVersion(db) === this.lastDataVersion) return null;
    return this.backupNow(db, planPath);
  }

  private rotate(folder: string, now: Date): void {
    const stamps = readdirSync(folder).flatMap((name) => {
      const at = stampOf(name);
      return at ? [{ name, at }] : [];
    });
    for (const old of backupsToDelete(stamps, now)) rmSync(join(folder, old.name), { force: true });
    // A copy cut short when the program ended mid-backup; the one in progress has just been renamed.
    for (const name of readdirSync(folder)) if (name.endsWith('.delvis')) rmSync(join(folder, name), { force: true });
  }

  /** The backups of one plan file, newest first, with what each holds. */
  list(planPath: string): BackupInfo[] {
    const folder = backupFolder(this.backupRoot, planPath);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .flatMap((name) => {
        const at = stampOf(name);
        return at ? [{ name, at }] : [];
      })
      .sort((a, b) => b.at.localeCompare(a.at))
      .map(({ name, at }) => ({ id: name, at, ...summarize(join(folder, name)) }));
  }

  /** Copies a backup to a new file; refuses to write over anything that exists. */
  restore(planPath: string, backupId: string, targetPath: string): void {
    if (stampOf(backupId) === null) throw new AppError('validation', 'Okänd säkerhetskopia.');
    const source = join(backupFolder(this.backupRoot, planPath), backupId);
    if (!existsSync(source)) throw new AppError('not_found', 'Säkerhetskopian finns inte längre.');
    if (existsSync(targetPath)) throw new AppError('refused_file', `”${basename(targetPath)}” finns redan. Välj ett nytt namn; inget skrivs över.`);
    copyFileSync(source, targetPath);
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
