import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../electron/services/db/migrations';
import { sha256, tempDir } from '../helpers/planFile';
import { runCli } from '../helpers/runCli';

function read<T>(db: string, sql: string): T[] {
  const file = new Database(db, { readonly: true });
  try {
    return file.prepare(sql).all() as T[];
  } finally {
    file.close();
  }
}

describe('cli new: an empty plan file from the command line', () => {
  it('makes a sound plan file the app can open, with the kommun in Inställningar and one empty plan', () => {
    const db = join(tempDir(), 'östra.planfil');
    const result = runCli(['new', '--db', db, '--kommun', 'Östra kommun', '--plan', '  Handlingsplan 2026–2028 ']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(`En ny planfil skapades: ${db} med planen ”Handlingsplan 2026–2028” (id 1).\n`);

    const file = new Database(db, { readonly: true });
    expect(file.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(file.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    file.close();
    expect(read<{ municipality: string }>(db, 'SELECT municipality FROM document_settings')).toEqual([{ municipality: 'Östra kommun' }]);
    expect(read(db, 'SELECT name, municipality FROM plan')).toEqual([{ name: 'Handlingsplan 2026–2028', municipality: 'Östra kommun' }]);
    // Like a new file in the app: the indikator catalogue is there from the start.
    expect(read<{ n: number }>(db, 'SELECT count(*) AS n FROM indicator')[0].n).toBeGreaterThan(0);

    const summary = JSON.parse(runCli(['summary', '--db', db, '--as-of', '2026-11-26']).stdout);
    expect(summary).toMatchObject({ plans: 1, areas: 0, actions: 0, statusReports: 0 });
    // The lock it took while writing is gone again.
    expect(readdirSync(join(db, '..'))).toEqual(['östra.planfil']);
  });

  it('without --plan and --kommun the file holds no plan', () => {
    const db = join(tempDir(), 'tom.planfil');
    const result = runCli(['new', '--db', db]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(`En ny planfil skapades: ${db}.\n`);
    expect(JSON.parse(runCli(['summary', '--db', db]).stdout)).toMatchObject({ plans: 0, actions: 0 });
    expect(read(db, 'SELECT municipality FROM document_settings')).toEqual([{ municipality: '' }]);
  });

  it('refuses an existing file with a Swedish message and leaves it byte for byte as it was', () => {
    const dir = tempDir();
    const db = join(dir, 'plan.planfil');
    writeFileSync(db, 'mina data');
    const before = sha256(db);
    const result = runCli(['new', '--db', db, '--plan', 'Ny plan']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('”plan.planfil” finns redan. Välj ett annat namn; befintliga filer skrivs aldrig över.\n');
    expect(sha256(db)).toBe(before);
    expect(readdirSync(dir)).toEqual(['plan.planfil']);
  });

  it('refuses a name the app would refuse, naming the flag, and makes no file', () => {
    const dir = tempDir();
    const db = join(dir, 'ny.planfil');
    const blank = runCli(['new', '--db', db, '--plan', '   ']);
    expect(blank.status).toBe(1);
    expect(blank.stderr).toBe('--plan: måste fyllas i.\n');
    const refused = runCli(['new', '--db', db, '--kommun', 'Östra\uFFFEkommun']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^--kommun: innehåller ett tecken som inte går att spara \(U\+FFFE\)/);
    const long = runCli(['new', '--db', db, '--plan', 'x'.repeat(301)]);
    expect(long.status).toBe(1);
    expect(long.stderr).toBe('--plan: får vara högst 300 tecken.\n');
    expect(existsSync(db)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a folder that is not there, saying so, and makes nothing', () => {
    const dir = tempDir();
    const missing = join(dir, 'finns-inte');
    for (const args of [['new', '--db', join(missing, 'ny.planfil')], ['import-plan', join(import.meta.dirname, '../fixtures/import/plan-excel-1252.csv'), '--db', join(missing, 'ny.planfil')]]) {
      const result = runCli(args);
      expect(result.status, args[0]).toBe(1);
      expect(result.stderr, args[0]).toBe(`Mappen ”${missing}” finns inte. Ingen planfil skapades.\n`);
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});
