import type { Database } from 'better-sqlite3';
import { logUpdate, type ChangeRefs } from './changeLog';
import type { ServiceContext } from './context';

/**
 * Small helpers for the services' SQL. Table and column names come from constants in the
 * services, never from input; every value is bound.
 */
export type ColumnMap<T> = { [K in keyof T]?: string };

function toSql(value: unknown): unknown {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

export function insertRow(db: Database, table: string, values: Record<string, unknown>): number {
  const columns = Object.keys(values);
  const info = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
    .run(...columns.map((c) => toSql(values[c])));
  return Number(info.lastInsertRowid);
}

/** Writes only the fields of `patch` that differ from `before`, and logs each of them. */
export function updateColumns<T extends object>(ctx: ServiceContext, options: {
  table: string;
  entity: string;
  id: number;
  columns: ColumnMap<T>;
  before: T;
  patch: Partial<T>;
  refs?: ChangeRefs;
  extra?: Record<string, unknown>;
}): boolean {
  const { table, entity, id, columns, before, patch } = options;
  const changed = (Object.keys(patch) as (keyof T & string)[])
    .filter((key) => columns[key] !== undefined && patch[key] !== undefined && patch[key] !== before[key]);
  if (changed.length === 0) return false;
  const assignments = changed.map((key) => `${columns[key]} = ?`);
  const values = changed.map((key) => toSql(patch[key]));
  for (const [column, value] of Object.entries(options.extra ?? {})) {
    assignments.push(`${column} = ?`);
    values.push(value);
  }
  ctx.db.prepare(`UPDATE ${table} SET ${assignments.join(', ')} WHERE id = ?`).run(...values, id);
  const oldPart = Object.fromEntries(changed.map((key) => [key, before[key]])) as T;
  const newPart = Object.fromEntries(changed.map((key) => [key, patch[key]])) as T;
  logUpdate(ctx, entity, id, oldPart, newPart, options.refs);
  return true;
}

export function nextPosition(db: Database, table: string, parentColumn: string, parentId: number): number {
  const row = db.prepare(`SELECT COALESCE(MAX(position), -1) + 1 AS next FROM ${table} WHERE ${parentColumn} = ?`)
    .get(parentId) as { next: number };
  return row.next;
}

/** Runs `fn` in one transaction: the write and its change-log rows commit together or not at all. */
export function inTransaction<T>(ctx: ServiceContext, fn: () => T): T {
  return ctx.db.transaction(fn)();
}
