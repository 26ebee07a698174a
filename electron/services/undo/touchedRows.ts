import type { Database } from 'better-sqlite3';
import { CHILDREN, primaryKey } from '../db/foreignKeys';
import { whereSql, type InverseOp, type Row } from './inverseOps';

/**
 * Which rows an undo entry touches, to tell whether reversing one person's change would overwrite
 * someone else's later one (per-person undo in server mode, undoJournal.ts). Rows are named by
 * table and primary key.
 */
export interface TouchedRows {
  /** Every row the entry's inverse steps write. */
  rows: Set<string>;
  /** The rows its inverse steps delete (what it created). */
  deleted: Set<string>;
  /** The rows its rows hang on (an åtgärd for a status report): deleting one of those would take this change with it. */
  parents: Set<string>;
}

/** For each table, the columns that refer to a parent row's id (from foreignKeys.ts CHILDREN, turned around). */
const PARENTS: Record<string, { table: string; column: string }[]> = {};
for (const [parent, links] of Object.entries(CHILDREN)) {
  for (const link of links) (PARENTS[link.table] ??= []).push({ table: parent, column: link.column });
}

function rowKey(table: string, where: Row): string {
  return `${table} ${JSON.stringify(Object.keys(where).sort().map((column) => [column, where[column]]))}`;
}

function keyOfRow(table: string, row: Row): Row {
  return Object.fromEntries(primaryKey(table).map((column) => [column, row[column]]));
}

function addParents(parents: Set<string>, table: string, row: Row): void {
  for (const link of PARENTS[table] ?? []) {
    if (row[link.column] !== null && row[link.column] !== undefined) parents.add(rowKey(link.table, { id: row[link.column] }));
  }
}

/** The row as it is now, for its parent columns (a row the step refers to only by key). */
function currentRow(db: Database, table: string, where: Row): Row | undefined {
  const w = whereSql(where);
  return db.prepare(`SELECT * FROM ${table} WHERE ${w.sql}`).get(...w.params) as Row | undefined;
}

export function touchedRows(db: Database, ops: InverseOp[]): TouchedRows {
  const touched: TouchedRows = { rows: new Set(), deleted: new Set(), parents: new Set() };
  for (const op of ops) {
    if (op.op === 'insert') {
      for (const row of op.rows) {
        touched.rows.add(rowKey(op.table, keyOfRow(op.table, row)));
        addParents(touched.parents, op.table, row);
      }
      continue;
    }
    touched.rows.add(rowKey(op.table, op.where));
    if (op.op === 'delete') touched.deleted.add(rowKey(op.table, op.where));
    const now = currentRow(db, op.table, op.where);
    if (now) addParents(touched.parents, op.table, now);
  }
  return touched;
}

/** Reversing `own` would overwrite `later`: they write the same row, or `own` deletes a row `later`'s rows hang on. */
export function overwrites(own: TouchedRows, later: TouchedRows): boolean {
  for (const row of later.rows) if (own.rows.has(row)) return true;
  for (const parent of later.parents) if (own.deleted.has(parent)) return true;
  return false;
}
