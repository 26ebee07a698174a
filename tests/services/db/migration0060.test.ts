import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/services/db/migrations';

describe('migration 60: file identity', () => {
  it('keeps the data written at 50 and gives the file a random identity of its own', () => {
    const ids = [0, 1].map(() => {
      const db = new Database(':memory:');
      db.pragma('foreign_keys = ON');
      migrate(db, 50);
      db.exec(`INSERT INTO plan (id, name, created_at, updated_at) VALUES (1, 'Plan', 't', 't');
        INSERT INTO body (id, name, kind) VALUES (1, 'Socialnämnden', 'namnd');`);
      migrate(db, 60);
      expect(db.prepare('SELECT name FROM plan').all()).toEqual([{ name: 'Plan' }]);
      const row = db.prepare("SELECT value FROM file_meta WHERE key = 'file_id'").get() as { value: string };
      db.close();
      return row.value;
    });
    expect(ids[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(ids[1]).not.toBe(ids[0]);
  });
});
