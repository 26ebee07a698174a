import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { AppError } from '@shared/errors';

/**
 * The accounts file: its own small SQLite file beside the plan (paths.ts), never inside it.
 * Marked with its own application_id so a plan file given as --accounts (or the reverse) is refused.
 */
export const ACCOUNTS_APPLICATION_ID = 0x50554b54; // "PUKT"

/** One step per schema version, as the plan file's migrations: user_version is the number of steps applied. */
const STEPS: readonly string[] = [
  `CREATE TABLE account (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     name TEXT NOT NULL CHECK (length(trim(name)) > 0),
     login TEXT NOT NULL CHECK (length(trim(login)) > 0),
     -- loginKey(login): what sign-in and uniqueness compare (lower case beyond ASCII).
     login_key TEXT NOT NULL UNIQUE,
     role TEXT NOT NULL CHECK (role IN ('admin', 'rapportor', 'lasare')),
     active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
     -- passwordHash.ts's format; NULL for an account that signs in only through OpenID Connect.
     password_hash TEXT,
     created_at TEXT NOT NULL,
     last_sign_in TEXT
   );
   CREATE TABLE account_body (
     account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
     body_id INTEGER NOT NULL,
     PRIMARY KEY (account_id, body_id)
   );
   -- Failed local sign-ins, per login key and per address, for the lockout (signInRules.ts); pruned as they age.
   CREATE TABLE sign_in_failure (
     id INTEGER PRIMARY KEY,
     login_key TEXT NOT NULL,
     ip TEXT NOT NULL,
     at_ms INTEGER NOT NULL
   );
   CREATE INDEX sign_in_failure_login ON sign_in_failure (login_key, at_ms);
   CREATE INDEX sign_in_failure_ip ON sign_in_failure (ip, at_ms);
   -- A login key or an address refused until until_ms.
   CREATE TABLE lockout (
     kind TEXT NOT NULL CHECK (kind IN ('login', 'ip')),
     key TEXT NOT NULL,
     until_ms INTEGER NOT NULL,
     PRIMARY KEY (kind, key)
   );`,
];
export const ACCOUNTS_SCHEMA_VERSION = STEPS.length;

function refuse(path: string, why: string): never {
  throw new AppError('refused_file', `Kontofilen ”${basename(path)}” kan inte öppnas: ${why} Inget har ändrats.`);
}

/**
 * Opens (creating if missing, readable by its owner only, as it holds password hashes) and migrates
 * the accounts file. WAL: the file is on the server's own disk, and the server reads it at every
 * request while the `user` command may write.
 */
export function openAccountFile(path: string): Database.Database {
  if (!existsSync(path)) {
    try {
      closeSync(openSync(path, 'wx', 0o600));
    } catch {
      refuse(path, `mappen ”${dirname(path)}” finns inte eller går inte att skriva i.`);
    }
  }
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: true, timeout: 5000 });
  } catch {
    refuse(path, 'filen går inte att läsa.');
  }
  try {
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const version = db.pragma('user_version', { simple: true }) as number;
    const isNew = applicationId === 0 && version === 0;
    if (!isNew && applicationId !== ACCOUNTS_APPLICATION_ID) refuse(path, 'det är inte en kontofil för Planuppföljning.');
    if (version > ACCOUNTS_SCHEMA_VERSION) refuse(path, 'den är skapad av en nyare version av Planuppföljning. Uppdatera programmet.');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.transaction(() => {
      for (let step = version; step < STEPS.length; step += 1) db.exec(STEPS[step]);
      db.pragma(`application_id = ${ACCOUNTS_APPLICATION_ID}`);
      db.pragma(`user_version = ${STEPS.length}`);
    })();
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    if (/file is not a database|malformed/i.test(String((error as Error).message))) refuse(path, 'det är inte en kontofil för Planuppföljning.');
    throw error;
  }
}
