import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPlanFile, openPlanFile } from '../../../electron/services/db/openPlanFile';
import { APPLICATION_ID, LATEST_SCHEMA_VERSION, migrate } from '../../../electron/services/db/migrations';
import { AppError } from '../../../shared/errors';
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
});
