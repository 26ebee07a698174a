import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '@shared/errors';
import { DamagedFileError } from './damagedFile';
import { readPlanFileHeader } from './fileHeader';
import { checkIntegrity } from './integrityCheck';
import { APPLICATION_ID, LATEST_SCHEMA_VERSION, migrate, schemaVersion } from './migrations';

export interface OpenPlanFile {
  db: Database.Database;
  path: string;
  readOnly: boolean;
  /** Set when an older file was migrated: where the untouched copy was written. */
  backupPath: string | null;
}

export interface OpenOptions {
  readOnly?: boolean;
  /** Where the copy taken before a migration goes; default: beside the file. */
  backupDir?: string;
  /**
   * 'before' (default): PRAGMA quick_check before the file is used; a damaged file is refused with
   * DamagedFileError and left unchanged. 'caller': the caller checks it (FileSession checks a large
   * file in the background and keeps it read-only until then, or reopens a damaged one read-only).
   * A file that must be migrated is always checked first, since migrating writes.
   */
  integrity?: 'before' | 'caller';
}

function refuse(path: string, why: string): never {
  throw new AppError('refused_file', `”${basename(path)}” kan inte öppnas: ${why} Filen har inte ändrats.`);
}

/**
 * Settings for a file that may live on a network share (SMB):
 * - journal_mode=DELETE, never WAL: WAL keeps its index in shared memory, which "does not work
 *   over a network filesystem" (https://sqlite.org/wal.html); a rollback journal does.
 * - synchronous=FULL: a power cut or OS crash cannot corrupt the file in rollback mode
 *   (https://sqlite.org/pragma.html#pragma_synchronous).
 * - foreign_keys=ON: SQLite leaves them off per connection unless asked.
 */
export function configureConnection(db: Database.Database, readOnly: boolean): void {
  db.pragma('foreign_keys = ON');
  if (!readOnly) {
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
  }
}

/**
 * Opens an existing plan file. Everything that decides whether the file is ours is read from its
 * header before SQLite touches it, so a refused file is left byte-for-byte unchanged.
 */
export function openPlanFile(path: string, options: OpenOptions = {}): OpenPlanFile {
  if (!existsSync(path)) refuse(path, 'filen finns inte.');
  let header;
  try {
    header = readPlanFileHeader(path);
  } catch {
    refuse(path, 'filen går inte att läsa.');
  }
  if (header.size === 0) refuse(path, 'filen är tom.');
  if (!header.isSqlite) refuse(path, 'det är inte en planfil (filen är inte en SQLite-databas).');
  if (header.applicationId !== APPLICATION_ID) refuse(path, 'det är en databas från ett annat program, inte en planfil.');
  if (header.userVersion > LATEST_SCHEMA_VERSION) {
    refuse(path, `den är skapad av en nyare version av Planuppföljning (schemaversion ${header.userVersion}, `
      + `den här versionen känner till ${LATEST_SCHEMA_VERSION}). Uppdatera programmet.`);
  }
  const readOnly = options.readOnly === true;
  const needsMigration = header.userVersion < LATEST_SCHEMA_VERSION;
  if (readOnly && needsMigration) refuse(path, 'den är från en äldre version och måste uppgraderas, vilket inte går skrivskyddat.');

  const db = new Database(path, { fileMustExist: true, readonly: readOnly, timeout: 5000 });
  try {
    configureConnection(db, readOnly);
    // This connection reads first: a writable one rolls back a hot journal left by a crash,
    // which the check's read-only connection could not (electron/services/db/integrityCheck.ts).
    const fromVersion = schemaVersion(db);
    if (options.integrity !== 'caller' || needsMigration) {
      const verdict = checkIntegrity(path);
      if (!verdict.ok) throw new DamagedFileError(path, verdict.problems);
    }
    let backupPath: string | null = null;
    if (needsMigration) {
      backupPath = backupBeforeMigration(db, path, fromVersion, options.backupDir);
      migrate(db);
    }
    return { db, path, readOnly, backupPath };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** A consistent copy through SQLite's backup API (VACUUM INTO), taken before anything changes. */
function backupBeforeMigration(db: Database.Database, path: string, fromVersion: number, backupDir?: string): string {
  const dir = backupDir ?? dirname(path);
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = join(dir, `${basename(path).replace(/\.[^.]+$/, '')}.fore-uppgradering-v${fromVersion}-${stamp}.sqlite`);
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}

/** Creates a new, empty plan file at the latest schema. Refuses to overwrite anything. */
export function createPlanFile(path: string): OpenPlanFile {
  if (existsSync(path)) {
    throw new AppError('refused_file', `”${basename(path)}” finns redan. Välj ett annat namn; befintliga filer skrivs aldrig över.`);
  }
  mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  configureConnection(db, false);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  migrate(db);
  return { db, path, readOnly: false, backupPath: null };
}

/** "Spara kopia som…": a consistent copy of the open file, never over an existing file. */
export async function saveCopy(db: Database.Database, target: string): Promise<void> {
  if (existsSync(target)) throw new AppError('refused_file', `”${basename(target)}” finns redan. Välj ett annat namn.`);
  await db.backup(target);
}
