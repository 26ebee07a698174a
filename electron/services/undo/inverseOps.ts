import type { Database } from 'better-sqlite3';
import { versionBump } from '../db/versionedTables';

/** A row as SQLite stores it (column name → value). */
export type Row = Record<string, unknown>;

/** One step that reverses part of a write; an undo entry applies its steps newest first. */
export type InverseOp =
  | { op: 'insert'; table: string; rows: Row[] }
  | { op: 'delete'; table: string; where: Row }
  | { op: 'update'; table: string; where: Row; values: Row };

export function whereSql(where: Row): { sql: string; params: unknown[] } {
  const columns = Object.keys(where);
  return { sql: columns.map((c) => `${c} = ?`).join(' AND '), params: columns.map((c) => where[c]) };
}

export function insertRows(db: Database, table: string, rows: Row[]): void {
  for (const row of rows) {
    const columns = Object.keys(row);
    db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
      .run(...columns.map((c) => row[c]));
  }
}

export function applyInverse(db: Database, op: InverseOp): void {
  if (op.op === 'insert') {
    insertRows(db, op.table, op.rows);
  } else if (op.op === 'delete') {
    const where = whereSql(op.where);
    db.prepare(`DELETE FROM ${op.table} WHERE ${where.sql}`).run(...where.params);
  } else {
    // Undo restores the old values but is itself a change: the version still rises, so an open form notices.
    const columns = Object.keys(op.values);
    const where = whereSql(op.where);
    db.prepare(`UPDATE ${op.table} SET ${columns.map((c) => `${c} = ?`).join(', ')}${versionBump(op.table)} WHERE ${where.sql}`)
      .run(...columns.map((c) => op.values[c]), ...where.params);
  }
}
