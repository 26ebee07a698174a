import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate, schemaVersion } from '../../../electron/services/db/migrations';
import { VERSIONED_TABLES } from '../../../electron/services/db/versionedTables';

const BEFORE = MIGRATIONS[MIGRATIONS.findIndex((m) => m.version === 120) - 1].version;

function seeded(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, BEFORE);
  db.exec(`INSERT INTO plan (id, name, created_at, updated_at) VALUES (1, 'Plan', 't', 't');
    INSERT INTO area (id, plan_id, position, name) VALUES (1, 1, 0, 'Samordning');
    INSERT INTO body (id, name, kind) VALUES (1, 'Socialnämnden', 'namnd');
    INSERT INTO action (id, area_id, position, title, created_at, updated_at) VALUES (1, 1, 0, 'Samordnare', 't', 't');
    INSERT INTO action_body VALUES (1, 1, 'huvudansvarig');
    INSERT INTO status_report (action_id, reported_on, status, created_at) VALUES (1, '2025-04-24', 'pagaende', 't');`);
  return db;
}

const tablesWithVersion = (db: Database.Database): string[] =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[])
    .map((t) => t.name)
    .filter((table) => (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).some((c) => c.name === 'version'));

describe('migration 120: row versions', () => {
  it('gives every existing row of an editable table version 1 and keeps its content', () => {
    const db = seeded();
    migrate(db, 120);
    expect(schemaVersion(db)).toBe(120);
    expect(db.prepare('SELECT id, name, version FROM plan').all()).toEqual([{ id: 1, name: 'Plan', version: 1 }]);
    expect(db.prepare('SELECT id, title, version FROM action').all()).toEqual([{ id: 1, title: 'Samordnare', version: 1 }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });

  it('adds the column to exactly the tables records.ts raises versions on; status reports and utfall have none', () => {
    const db = seeded();
    migrate(db, 120);
    expect(tablesWithVersion(db)).toEqual([...VERSIONED_TABLES].sort());
    expect(tablesWithVersion(db)).not.toContain('status_report');
    expect(tablesWithVersion(db)).not.toContain('measure_value');
    db.close();
  });
});
