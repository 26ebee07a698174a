import type { Database } from 'better-sqlite3';
import { logUpdate, type ChangeRefs } from './changeLog';
import { noteChanged } from './changedTables';
import type { ServiceContext } from './context';
import { CHILDREN, primaryKey } from './db/foreignKeys';
import { guardedWrite } from './db/writeAccess';
import { versionBump } from './db/versionedTables';
import { whereSql, type InverseOp, type Row } from './undo/inverseOps';
import { saveUndoEntry } from './undo/undoJournal';

/**
 * Every write to the plan file goes through these helpers, so that each one can be undone and
 * none is forgotten by the undo journal. Table and column names come from constants in the
 * services, never from input; every value is bound.
 */
export type ColumnMap<T> = { [K in keyof T]?: string };

function toSql(value: unknown): unknown {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

/** Journals how to reverse a step; a step outside any transaction has committed already, so it is noted as changed now. */
function record(ctx: ServiceContext, op: InverseOp): void {
  if (ctx.journal) ctx.journal.push(op);
  else noteChanged([op.table]);
}

function keyOf(table: string, row: Row): Row {
  return Object.fromEntries(primaryKey(table).map((c) => [c, row[c]]));
}

export function insertRow(ctx: ServiceContext, table: string, values: Record<string, unknown>): number {
  const columns = Object.keys(values);
  const info = ctx.db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
    .run(...columns.map((c) => toSql(values[c])));
  const id = Number(info.lastInsertRowid);
  record(ctx, { op: 'delete', table, where: primaryKey(table).length === 1 ? { id } : keyOf(table, values) });
  return id;
}

/** Sets columns on the rows matching `where` (and raises their version); remembers their old values. */
export function updateRows(ctx: ServiceContext, table: string, where: Row, values: Record<string, unknown>): void {
  const columns = Object.keys(values);
  const w = whereSql(where);
  const keys = primaryKey(table);
  const before = ctx.db.prepare(`SELECT ${[...new Set([...keys, ...columns])].join(', ')} FROM ${table} WHERE ${w.sql}`).all(...w.params) as Row[];
  ctx.db.prepare(`UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')}${versionBump(table)} WHERE ${w.sql}`)
    .run(...columns.map((c) => toSql(values[c])), ...w.params);
  for (const row of before) {
    record(ctx, { op: 'update', table, where: keyOf(table, row), values: Object.fromEntries(columns.map((c) => [c, row[c]])) });
  }
}

/**
 * Snapshots the rows and everything that goes with them, deepest first, so undo restores parents first.
 * A row reachable on two paths (a meeting note hangs on its plan and on its åtgärd) is kept once,
 * from the first path: CHILDREN lists the deeper path first.
 */
function snapshotForDelete(db: Database, table: string, where: Row, ops: InverseOp[], seen = new Set<string>()): void {
  const w = whereSql(where);
  const rows = (db.prepare(`SELECT * FROM ${table} WHERE ${w.sql}`).all(...w.params) as Row[])
    .filter((row) => {
      const key = `${table} ${JSON.stringify(keyOf(table, row))}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  if (rows.length === 0) return;
  for (const link of CHILDREN[table] ?? []) {
    for (const row of rows) {
      if (link.onDelete === 'cascade') snapshotForDelete(db, link.table, { [link.column]: row.id }, ops, seen);
      if (link.onDelete === 'set null') {
        const children = db.prepare(`SELECT * FROM ${link.table} WHERE ${link.column} = ?`).all(row.id) as Row[];
        for (const child of children) ops.push({ op: 'update', table: link.table, where: keyOf(link.table, child), values: { [link.column]: row.id } });
      }
    }
  }
  ops.push({ op: 'insert', table, rows });
}

export function deleteRows(ctx: ServiceContext, table: string, where: Row): number {
  if (ctx.journal) snapshotForDelete(ctx.db, table, where, ctx.journal);
  else {
    const cascade: InverseOp[] = [];
    snapshotForDelete(ctx.db, table, where, cascade);
    noteChanged(cascade.map((op) => op.table));
  }
  const w = whereSql(where);
  return ctx.db.prepare(`DELETE FROM ${table} WHERE ${w.sql}`).run(...w.params).changes;
}

/** Inserts or replaces the row with this key (for one-row-per-key tables such as indicator values). */
export function upsertRow(ctx: ServiceContext, table: string, key: Row, values: Row): void {
  const w = whereSql(key);
  if (ctx.db.prepare(`SELECT 1 FROM ${table} WHERE ${w.sql}`).get(...w.params)) updateRows(ctx, table, key, values);
  else insertRow(ctx, table, { ...key, ...values });
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
  const values: Record<string, unknown> = Object.fromEntries(changed.map((key) => [columns[key]!, patch[key]]));
  updateRows(ctx, table, { id }, { ...values, ...options.extra });
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

/**
 * Runs `fn` in one transaction: the write, its change-log rows and its undo entry commit together
 * or not at all. Nested calls join the outer transaction (and its undo entry).
 *
 * The outer transaction first asks the session's write access (ctx.access) whether it may still
 * write (its lock, its disk), and is BEGIN IMMEDIATE: it takes SQLite's write lock before reading,
 * waiting up to the connection's busy timeout for another writer instead of failing halfway
 * (https://sqlite.org/lang_transaction.html#deferred_immediate_and_exclusive_transactions).
 */
export function inTransaction<T>(ctx: ServiceContext, fn: () => T): T {
  if (ctx.journal !== null) {
    const mark = ctx.journal.length;
    try {
      return ctx.db.transaction(fn)();
    } catch (error) {
      ctx.journal.length = mark;
      throw error;
    }
  }
  return guardedWrite(ctx.access, () => {
    const journal: InverseOp[] = [];
    ctx.journal = journal;
    try {
      const committed = ctx.db.transaction(() => {
        const firstLogId = (ctx.db.prepare('SELECT COALESCE(MAX(id), 0) + 1 AS next FROM change_log').get() as { next: number }).next;
        const result = fn();
        if (journal.length > 0) saveUndoEntry(ctx, journal, firstLogId);
        return result;
      }).immediate();
      // Committed: the answer says which tables changed (the change log and undo entry with them).
      if (journal.length > 0) noteChanged([...journal.map((op) => op.table), 'change_log', 'undo_entry']);
      return committed;
    } finally {
      ctx.journal = null;
    }
  });
}
