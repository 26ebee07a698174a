import type { Database } from 'better-sqlite3';

/**
 * Which computer made each undo entry (user is already there), so that Ctrl+Z never reverses
 * another writer's change: after a computer slept past the lock and another took the file over,
 * the newest entry may be someone else's. Entries from before this step have no host (NULL).
 */
export function up(db: Database): void {
  db.exec('ALTER TABLE undo_entry ADD COLUMN host TEXT');
}
