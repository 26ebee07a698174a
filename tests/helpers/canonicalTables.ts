import type { Database } from 'better-sqlite3';

/**
 * Every user table's rows with ids (and row versions) left out, so two plan files can be compared when their ids
 * differ: a row's own INTEGER PRIMARY KEY is dropped, and each foreign key is replaced by the
 * referenced row, itself in this form (found from PRAGMA foreign_key_list, so a new table or
 * column is covered without changes here). Ids written inside text are translated by `inText`.
 */
type Row = Record<string, unknown>;
/** `refer(table, id)` gives the row of `table` whose id is `id`, in this form. */
export type InTextIds = (value: unknown, refer: (table: string, id: unknown) => unknown) => unknown;

interface TableShape {
  ownId: string | null;
  foreignKeys: { from: string; table: string; to: string }[];
}

export function userTables(db: Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[])
    .map((t) => t.name);
}

/** Keys sorted, so stored JSON compares by content rather than by key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.entries(v as Row).sort(([a], [b]) => a.localeCompare(b)))
    : v));
}

export function canonicalTables(db: Database, tables: string[], inText: Record<string, InTextIds> = {}): Record<string, string[]> {
  const shapes = new Map<string, TableShape>();
  const shape = (table: string): TableShape => {
    let s = shapes.get(table);
    if (!s) {
      const columns = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string; type: string; pk: number }[];
      const pk = columns.filter((c) => c.pk > 0);
      const ownId = pk.length === 1 && pk[0].type.toUpperCase() === 'INTEGER' ? pk[0].name : null;
      const foreignKeys = db.prepare(`PRAGMA foreign_key_list(${table})`).all() as { from: string; table: string; to: string }[];
      s = { ownId, foreignKeys };
      shapes.set(table, s);
    }
    return s;
  };
  const memo = new Map<string, unknown>();
  const refer = (table: string, id: unknown, column = shape(table).ownId ?? 'rowid'): unknown => {
    if (id === null) return null;
    const key = `${table}.${column}:${String(id)}`;
    if (!memo.has(key)) {
      const row = db.prepare(`SELECT * FROM ${table} WHERE ${column} = ?`).get(id) as Row | undefined;
      memo.set(key, row ? canonical(table, row) : { missing: key });
    }
    return memo.get(key);
  };
  const canonical = (table: string, row: Row): Row => {
    const { ownId, foreignKeys } = shape(table);
    const out: Row = {};
    for (const [column, value] of Object.entries(row)) {
      // A row version counts its edits, not its content: a restored or copied row starts again at 1.
      if (column === ownId || column === 'version') continue;
      const fk = foreignKeys.find((f) => f.from === column);
      const translate = inText[`${table}.${column}`];
      out[column] = fk ? { [fk.table]: refer(fk.table, value, fk.to) } : translate ? translate(value, refer) : value;
    }
    return out;
  };
  return Object.fromEntries(tables.map((table) => [
    table,
    (db.prepare(`SELECT * FROM ${table}`).all() as Row[]).map((row) => stableJson(canonical(table, row))).sort(),
  ]));
}
