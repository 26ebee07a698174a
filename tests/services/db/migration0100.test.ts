import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../../electron/services/db/migrations';

/** The step before 100, whatever number it has after the branches are merged. */
const BEFORE = MIGRATIONS[MIGRATIONS.findIndex((m) => m.version === 100) - 1].version;

function seeded(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, BEFORE);
  db.exec(`INSERT INTO plan (id, name, created_at, updated_at) VALUES (1, 'Plan', 't', 't');
    INSERT INTO area (id, plan_id, position, name) VALUES (1, 1, 0, 'Samordning');
    INSERT INTO action (id, area_id, position, title, created_at, updated_at) VALUES (1, 1, 0, 'Rutin', 't', 't');
    INSERT INTO indicator (id, code, text, origin) VALUES (1, 'A1', 'Finns en handlingsplan?', 'ÖJ Brottsoffer 2015');
    INSERT INTO indicator_value (indicator_id, year, score, comment) VALUES (1, 2024, 2, 'Antagen'), (1, 2025, 1, '');`);
  migrate(db, 100);
  return db;
}

describe('migration 100: mått, utfall and numeric indicators', () => {
  it('keeps the indicator values written before, as Ja/Delvis/Nej scores', () => {
    const db = seeded();
    expect(db.prepare('SELECT indicator_id, year, score, value, comment FROM indicator_value ORDER BY year').all()).toEqual([
      { indicator_id: 1, year: 2024, score: 2, value: null, comment: 'Antagen' },
      { indicator_id: 1, year: 2025, score: 1, value: null, comment: '' },
    ]);
    expect(db.prepare('SELECT unit FROM indicator').get()).toEqual({ unit: null });
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('lets an indicator value hold a number or a score, never both or neither', () => {
    const db = seeded();
    db.prepare('INSERT INTO indicator_value (indicator_id, year, value) VALUES (1, 2026, 412.5)').run();
    expect(() => db.prepare('INSERT INTO indicator_value (indicator_id, year, score, value) VALUES (1, 2027, 2, 3)').run()).toThrow(/CHECK/);
    expect(() => db.prepare('INSERT INTO indicator_value (indicator_id, year) VALUES (1, 2028)').run()).toThrow(/CHECK/);
  });

  it('hangs a mått on exactly one åtgärd or område, one utfall per period, and deletes them with the åtgärd', () => {
    const db = seeded();
    const insert = db.prepare(`INSERT INTO measure (area_id, action_id, position, name, unit, direction, created_at, updated_at)
      VALUES (?, ?, 0, 'Utbildade', 'antal', 'hogre', 't', 't')`);
    const measureId = Number(insert.run(null, 1).lastInsertRowid);
    insert.run(1, null);
    expect(() => insert.run(1, 1)).toThrow(/CHECK/);
    expect(() => insert.run(null, null)).toThrow(/CHECK/);
    const value = db.prepare(`INSERT INTO measure_value (measure_id, period, measured_on, value, created_at) VALUES (?, ?, '2025-01-15', ?, 't')`);
    value.run(measureId, '2024', 120);
    expect(() => value.run(measureId, '2024', 130)).toThrow(/UNIQUE/);
    db.prepare('DELETE FROM action WHERE id = 1').run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM measure_value').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT area_id FROM measure').all()).toEqual([{ area_id: 1 }]);
  });
});
