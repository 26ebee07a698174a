import type { Database } from 'better-sqlite3';

/**
 * Ctrl+Z in the app: each write transaction leaves the operations that reverse it. Undo applies the
 * newest entry's operations in reverse order and removes the entry (a stack; no redo).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE undo_entry (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      user TEXT NOT NULL,
      label TEXT NOT NULL,
      ops TEXT NOT NULL
    );
  `);
}
