import Database from 'better-sqlite3';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, LATEST_SCHEMA_VERSION, MIGRATIONS, migrate, schemaVersion } from '../../../electron/services/db/migrations';
import { openPlanFile } from '../../../electron/services/db/openPlanFile';
import { tempDir } from '../../helpers/planFile';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

function schemaOf(db: Database.Database): string {
  const rows = db.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as
    { type: string; name: string; sql: string | null }[];
  return rows.map((r) => `${r.type} ${r.name}\n${r.sql ?? ''}`).join('\n\n') + '\n';
}

describe('migrations', () => {
  it('are numbered upwards in multiples of 10 (branches reserve their numbers, so a gap is allowed)', () => {
    MIGRATIONS.forEach((m, index) => {
      expect(m.version % 10).toBe(0);
      if (index > 0) expect(m.version).toBeGreaterThan(MIGRATIONS[index - 1].version);
    });
  });

  it('each run in one transaction: a failing step leaves the file at the previous version', () => {
    const db = new Database(':memory:');
    migrate(db, 10);
    db.exec('CREATE TABLE audit (id INTEGER PRIMARY KEY)'); // makes step 20 fail half-way
    expect(() => migrate(db)).toThrow();
    expect(schemaVersion(db)).toBe(10);
    expect(db.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'indicator'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('10 → 20 keeps the plan data written at version 10', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 10);
    db.exec(`INSERT INTO plan (id, name, created_at, updated_at) VALUES (1, 'Plan', 't', 't');
      INSERT INTO area (id, plan_id, position, name) VALUES (1, 1, 0, 'Samordning');
      INSERT INTO body (id, name, kind) VALUES (1, 'Socialnämnden', 'namnd');
      INSERT INTO action (id, area_id, position, title, created_at, updated_at) VALUES (1, 1, 0, 'Rutin', 't', 't');
      INSERT INTO action_body VALUES (1, 1, 'huvudansvarig');
      INSERT INTO status_report (action_id, reported_on, status, created_at) VALUES (1, '2024-05-01', 'pagaende', 't');`);
    migrate(db);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare('SELECT title FROM action').all()).toEqual([{ title: 'Rutin' }]);
    expect(db.prepare('SELECT status FROM status_report').all()).toEqual([{ status: 'pagaende' }]);
    db.close();
  });

  it('a checked-in plan file of schema version 10 opens, migrates and keeps its data', () => {
    const path = join(tempDir(), 'v10.sqlite');
    copyFileSync(join(FIXTURES, 'plan-v10.sqlite'), path);
    const file = openPlanFile(path);
    expect(schemaVersion(file.db)).toBe(LATEST_SCHEMA_VERSION);
    expect(file.db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    const action = file.db.prepare('SELECT title, deadline FROM action WHERE number = ?').get('1.1');
    expect(action).toEqual({ title: 'Rutin för att fråga om våld', deadline: '2024-12-31' });
    expect(file.db.prepare('SELECT COUNT(*) AS n FROM status_report').get()).toEqual({ n: 2 });
    expect(file.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(file.db.pragma('foreign_key_check')).toEqual([]);
    file.db.close();
  });

  it('produce exactly the reviewed schema (update tests/fixtures/schema.sql on purpose)', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(schemaOf(db)).toBe(readFileSync(join(FIXTURES, 'schema.sql'), 'utf8'));
    db.close();
  });
});
