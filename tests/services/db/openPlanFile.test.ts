import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPlanFile, openPlanFile } from '../../../electron/services/db/openPlanFile';
import { APPLICATION_ID, LATEST_SCHEMA_VERSION, migrate } from '../../../electron/services/db/migrations';
import { DamagedFileError } from '../../../electron/services/db/damagedFile';
import { createDemoFile } from '../../../electron/services/demo/createDemoFile';
import { AppError } from '@shared/errors';
import { corruptMiddlePage } from '../../helpers/corruptPage';
import { sha256, tempDir } from '../../helpers/planFile';

function refusal(path: string): AppError {
  try {
    openPlanFile(path).db.close();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('the file was opened');
}

/** 1×1 PNG. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6300010000050001' + '0d0a2db40000000049454e44ae426082', 'hex');

describe('opening a plan file safely', () => {
  it('creates a new file recognisable by application_id, at the latest schema, with network-share-safe settings', () => {
    const path = join(tempDir(), 'ny.sqlite');
    const file = createPlanFile(path);
    expect(file.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(file.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(file.db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(file.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(file.db.pragma('foreign_keys', { simple: true })).toBe(1);
    file.db.close();
    const reopened = openPlanFile(path);
    expect(reopened.backupPath).toBeNull();
    reopened.db.close();
  });

  it('refuses to create over an existing file', () => {
    const path = join(tempDir(), 'finns.sqlite');
    writeFileSync(path, 'viktigt');
    expect(() => createPlanFile(path)).toThrow(/finns redan/);
  });

  it.each([
    ['a renamed PNG', (p: string) => writeFileSync(p, PNG), /inte en SQLite-databas/],
    ['an empty file', (p: string) => writeFileSync(p, ''), /tom/],
    ['a text file', (p: string) => writeFileSync(p, 'Åtgärd;Status\n1;Klar\n'.repeat(20)), /inte en SQLite-databas/],
    ['another program’s SQLite database', (p: string) => {
      const db = new Database(p);
      db.exec('CREATE TABLE kund (id INTEGER PRIMARY KEY, namn TEXT); INSERT INTO kund VALUES (1, \'Anna\')');
      db.close();
    }, /annat program/],
    ['a plan file from a newer version', (p: string) => {
      const db = new Database(p);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      migrate(db);
      db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 10}`);
      db.close();
    }, /nyare version/],
  ])('refuses %s with a Swedish message and leaves it byte-for-byte unchanged', (_name, make, message) => {
    const dir = tempDir();
    const path = join(dir, 'fil.sqlite');
    make(path);
    const before = sha256(path);
    const error = refusal(path);
    expect(error.kind).toBe('refused_file');
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/Filen har inte ändrats/);
    expect(sha256(path)).toBe(before);
    expect(readdirSync(dir)).toEqual(['fil.sqlite']);
  });

  it('refuses a missing file', () => {
    expect(refusal(join(tempDir(), 'saknas.sqlite')).message).toMatch(/finns inte/);
  });

  it('backs up an older plan file beside it, then migrates it', () => {
    const dir = tempDir();
    const path = join(dir, 'gammal.sqlite');
    const db = new Database(path);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(db, 10);
    db.close();
    const before = sha256(path);

    const file = openPlanFile(path);
    expect(file.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    file.db.close();
    expect(file.backupPath).not.toBeNull();
    expect(existsSync(file.backupPath!)).toBe(true);
    const backup = new Database(file.backupPath!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(10);
    backup.close();
    expect(sha256(path)).not.toBe(before);
  });

  it('opens read-only without writing anything', () => {
    const path = join(tempDir(), 'plan.sqlite');
    createPlanFile(path).db.close();
    const before = sha256(path);
    const file = openPlanFile(path, { readOnly: true });
    expect(() => file.db.prepare("INSERT INTO body (name, kind) VALUES ('X', 'namnd')").run()).toThrow();
    file.db.close();
    expect(sha256(path)).toBe(before);
  });

  it.each([false, true])('refuses a file with a damaged page (read-only: %s) and leaves it byte-for-byte unchanged', (readOnly) => {
    const dir = tempDir();
    const path = join(dir, 'skadad.sqlite');
    createDemoFile(path).db.close();
    corruptMiddlePage(path);
    const before = sha256(path);
    let error: unknown;
    try {
      openPlanFile(path, { readOnly }).db.close();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DamagedFileError);
    expect((error as DamagedFileError).message).toBe('”skadad.sqlite” är skadad: en del av filen går inte att läsa. Filen har inte ändrats, och ingen säkerhetskopia tas av den. Återställ den senaste hela säkerhetskopian.');
    expect(sha256(path)).toBe(before);
    expect(readdirSync(dir)).toEqual(['skadad.sqlite']);
    // The caller that checks it itself (FileSession) can still open it read-only.
    const file = openPlanFile(path, { readOnly: true, integrity: 'caller' });
    file.db.close();
    expect(sha256(path)).toBe(before);
  });

  it('rolls back what a killed writer left in the journal before checking, and does not call that damage', () => {
    const path = join(tempDir(), 'avbruten.sqlite');
    createDemoFile(path).db.close();
    const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');
    // A writer killed mid-transaction, after its changes spilled into the file: a hot journal.
    const writer = `const db = new (require(${JSON.stringify(sqlite)}))(${JSON.stringify(path)}); db.pragma('cache_size = 1');`
      + ` db.exec('BEGIN'); db.exec("UPDATE action SET title = title || ' – avbruten'"); process.kill(process.pid, 'SIGKILL');`;
    spawnSync(process.execPath, ['-e', writer]);
    expect(existsSync(`${path}-journal`)).toBe(true);
    const file = openPlanFile(path);
    expect(existsSync(`${path}-journal`)).toBe(false);
    expect(file.db.prepare("SELECT COUNT(*) AS n FROM action WHERE title LIKE '%avbruten'").get()).toEqual({ n: 0 });
    file.db.close();
  });
});
