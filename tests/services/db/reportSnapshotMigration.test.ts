import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/services/db/migrations';

describe('migration 40: report snapshots', () => {
  it('adds report_snapshot and keeps the saved report texts written at version 30', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 30);
    db.exec(`INSERT INTO plan (id, name, created_at, updated_at) VALUES (1, 'Plan', 't', 't');
      INSERT INTO report_text VALUES (1, 2025, 'sammanfattning', 'Egen text', 't');`);
    migrate(db, 40);
    expect(schemaVersion(db)).toBe(40);
    expect(db.prepare('SELECT text FROM report_text').all()).toEqual([{ text: 'Egen text' }]);
    db.prepare("INSERT INTO report_snapshot VALUES (1, 2025, 't', 'strateg', '[]')").run();
    expect(() => db.prepare("INSERT INTO report_snapshot VALUES (1, 2025, 't', 'strateg', '[]')").run()).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("INSERT INTO report_snapshot VALUES (1, 2024, 't', 'strateg', 'inte json')").run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM plan WHERE id = 1').run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM report_snapshot').get()).toEqual({ n: 0 });
    db.close();
  });
});
