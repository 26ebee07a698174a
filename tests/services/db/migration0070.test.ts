import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/services/db/migrations';

describe('migration 70: which computer made an undo entry', () => {
  it('keeps the undo entries written at 60, with no computer named, and takes one for new entries', () => {
    const db = new Database(':memory:');
    migrate(db, 60);
    db.exec(`INSERT INTO undo_entry (id, at, user, label, ops) VALUES (1, '2026-11-26T09:00:00Z', 'anna', 'Ny nämnd', '[]');`);
    migrate(db, 70);
    expect(db.prepare('SELECT id, user, label, host FROM undo_entry').all()).toEqual([{ id: 1, user: 'anna', label: 'Ny nämnd', host: null }]);
    db.prepare("INSERT INTO undo_entry (at, user, host, label, ops) VALUES ('t', 'bo', 'KOMMUN-PC-7', 'Ändring', '[]')").run();
    expect(db.prepare('SELECT host FROM undo_entry WHERE id = 2').get()).toEqual({ host: 'KOMMUN-PC-7' });
    db.close();
  });
});
