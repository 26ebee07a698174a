import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';

/**
 * Every row of every table, in a stable order, as one hash: "the database is unchanged" means
 * exactly this is equal before and after (tables WITHOUT ROWID included, so no ORDER BY rowid).
 * `except`: tables left out (e.g. the change log, which keeps the undo of a change).
 */
export function contentHash(db: Database, except: readonly string[] = []): string {
  const hash = createHash('sha256');
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  for (const { name } of tables.filter((t) => !except.includes(t.name))) {
    const columns = (db.prepare(`PRAGMA table_info(${name})`).all() as { name: string }[]).map((c) => c.name);
    hash.update(`${name}\n`);
    for (const row of db.prepare(`SELECT * FROM ${name} ORDER BY ${columns.map((_, i) => i + 1).join(', ')}`).all()) {
      hash.update(`${JSON.stringify(row)}\n`);
    }
  }
  return hash.digest('hex');
}
