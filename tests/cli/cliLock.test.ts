import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockPath } from '../../electron/services/db/fileLock';
import { sha256, tempDir } from '../helpers/planFile';
import { runCli } from '../helpers/runCli';

const CSV = join(import.meta.dirname, '../fixtures/import/plan-excel-1252.csv');

/** A demo plan file with what the write commands read: its JSON export and Socialnämnden's underlag (made once, copied per test). */
let made: { db: string; json: string; underlag: string };
const shared = mkdtempSync(join(tmpdir(), 'planuppfoljning-cli-lock-'));
afterAll(() => rmSync(shared, { recursive: true, force: true }));
beforeAll(() => {
  const dir = shared;
  made = { db: join(dir, 'plan.sqlite'), json: join(dir, 'plan.json'), underlag: join(dir, 'underlag.xlsx') };
  for (const args of [['demo', '--db', made.db], ['export', '--db', made.db, '--format', 'json', '--out', made.json],
    ['export-underlag', '--db', made.db, '--namnd', 'Socialnämnden', '--out', made.underlag, '--period', '2026-T3']]) {
    const result = runCli(args);
    expect(result.status, result.stderr).toBe(0);
  }
}, 120_000);

function prepare(): { db: string; json: string; underlag: string } {
  const db = join(tempDir(), 'plan.sqlite');
  copyFileSync(made.db, db);
  return { ...made, db };
}

// Each run starts Node afresh, and a loaded machine slows that, so these tests get more time than the default.
describe('cli: write commands and the app’s lock', { timeout: 300_000 }, () => {
  it('refuses every write while another computer has the file open for editing, naming who, the file byte for byte unchanged', () => {
    const { db, json, underlag } = prepare();
    const now = new Date().toISOString();
    const lock = JSON.stringify({ id: 'anna-1', host: 'KOMMUN-PC-12', user: 'anna', pid: 4242, started: null, since: now, heartbeat: now });
    writeFileSync(lockPath(db), lock);
    const before = sha256(db);

    for (const args of [['restore', json, '--db', db], ['import-plan', CSV, '--db', db], ['import-svar', underlag, '--db', db, '--period', '2026-T3']]) {
      const result = runCli(args);
      expect(result.status, `${args[0]}: ${result.stderr}`).toBe(1);
      expect(result.stderr).toMatch(/^”plan\.sqlite” är redan öppen för redigering av anna på datorn KOMMUN-PC-12 sedan .+ Kommandot har inte ändrat något\.\n$/);
      expect(sha256(db), args[0]).toBe(before);
      expect(readFileSync(lockPath(db), 'utf8')).toBe(lock);
    }
    // Reading is still allowed, dry runs included.
    expect(runCli(['import-plan', CSV, '--db', db, '--dry-run']).status).toBe(0);
    expect(sha256(db)).toBe(before);

    // Closed there: the command takes the lock itself while it writes and gives it back.
    writeFileSync(lockPath(db), '');
    const mtime = new Date(Date.now() - 4 * 60_000);
    utimesSync(lockPath(db), mtime, mtime);
    const done = runCli(['import-plan', CSV, '--db', db]);
    expect(done.status, done.stderr).toBe(0);
    expect(() => readFileSync(lockPath(db))).toThrow(/ENOENT/);
  });

  it('refuses in Swedish, with nothing half done, when another program holds the write lock past the busy timeout', async () => {
    const { db } = prepare();
    // Another program holds SQLite's write lock (BEGIN IMMEDIATE) and does not let go.
    const holder = spawn(process.execPath, ['-e', `
      const db = new (require('better-sqlite3'))(process.argv[1]);
      db.exec('BEGIN IMMEDIATE');
      console.log('held');
      setInterval(() => undefined, 1000);
    `, db], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_PATH: join(import.meta.dirname, '../../node_modules') } });
    try {
      await new Promise((resolve) => createInterface({ input: holder.stdout! }).once('line', resolve));
      const before = sha256(db);
      const result = runCli(['import-plan', CSV, '--db', db]);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe('Planfilen används av ett annat program just nu. Inget har ändrats. Försök igen om en stund.\n');
      expect(sha256(db)).toBe(before);
    } finally {
      holder.kill('SIGKILL');
    }
    expect(JSON.parse(runCli(['summary', '--db', db]).stdout).plans).toBe(1);
  });
});
