import type { ServiceContext } from '../context';
import type { UndoState } from '@shared/domain/types';
import { changeLabel } from '@shared/changeLabels';
import { conflict } from '@shared/errors';
import { formatDateTime, formatMoment } from '@shared/dates';
import { guardedWrite } from '../db/writeAccess';
import { noteChanged } from '../changedTables';
import { applyInverse, type InverseOp, type Row } from './inverseOps';
import { overwrites, touchedRows } from './touchedRows';

/** How many changes back Ctrl+Z reaches (per person in server mode). */
const KEEP_ENTRIES = 100;
/** Server mode: how many entries the file keeps in all, whoever made them. */
const KEEP_ENTRIES_SHARED = KEEP_ENTRIES * 20;

interface LogRow { entity: string; operation: 'create' | 'update' | 'delete'; field: string | null }

/** Called at the end of a write transaction: stores how to reverse it, named after what it changed. */
export function saveUndoEntry(ctx: ServiceContext, ops: InverseOp[], firstLogId: number): void {
  const logged = ctx.db.prepare('SELECT entity, operation, field FROM change_log WHERE id >= ? ORDER BY id').all(firstLogId) as LogRow[];
  const label = logged.length === 0 ? 'Ändring' : changeLabel(logged[0]) + (logged.length > 1 ? ` (${logged.length} ändringar)` : '');
  ctx.db.prepare('INSERT INTO undo_entry (at, user, host, label, ops) VALUES (?, ?, ?, ?, ?)').run(ctx.now(), ctx.user, ctx.host, label, JSON.stringify(ops));
  if (!ctx.caller) {
    ctx.db.prepare('DELETE FROM undo_entry WHERE id <= (SELECT MAX(id) FROM undo_entry) - ?').run(KEEP_ENTRIES);
    return;
  }
  // Many people: each keeps their own last steps, and the file a bounded number in all.
  ctx.db.prepare(`DELETE FROM undo_entry WHERE host = @host AND id <= (SELECT id FROM undo_entry WHERE host = @host ORDER BY id DESC LIMIT 1 OFFSET @keep)`)
    .run({ host: ctx.host, keep: KEEP_ENTRIES });
  ctx.db.prepare('DELETE FROM undo_entry WHERE id <= (SELECT MAX(id) FROM undo_entry) - ?').run(KEEP_ENTRIES_SHARED);
}

/** The entry Ctrl+Z would reverse: the newest of all on the desktop, the caller's own newest in server mode. */
function newestEntry(ctx: ServiceContext): UndoEntryRow | undefined {
  const columns = 'id, label, at, ops, user, host';
  return (ctx.caller
    ? ctx.db.prepare(`SELECT ${columns} FROM undo_entry WHERE host = ? ORDER BY id DESC LIMIT 1`).get(ctx.host)
    : ctx.db.prepare(`SELECT ${columns} FROM undo_entry ORDER BY id DESC LIMIT 1`).get()) as UndoEntryRow | undefined;
}

export function getUndoState(ctx: ServiceContext): UndoState | null {
  const entry = newestEntry(ctx);
  return entry ? { label: entry.label, at: entry.at } : null;
}

/** A fresh file (e.g. the demo just written) has nothing to undo. */
export function clearUndo(ctx: ServiceContext): void {
  ctx.db.prepare('DELETE FROM undo_entry').run();
}

function refsOf(table: string, row: Row): { planId: number | null; actionId: number | null } {
  const actionId = table === 'action' ? row.id : row.action_id;
  return { planId: typeof row.plan_id === 'number' ? row.plan_id : null, actionId: typeof actionId === 'number' ? actionId : null };
}

function logOp(ctx: ServiceContext, op: InverseOp, label: string): void {
  const insert = ctx.db.prepare(`INSERT INTO change_log (at, user, entity, entity_id, operation, field, old_value, new_value, plan_id, action_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const at = ctx.now();
  const note = `Ångrat: ${label}`;
  if (op.op === 'insert') {
    for (const row of op.rows) {
      const refs = refsOf(op.table, row);
      insert.run(at, ctx.user, op.table, Number(row.id ?? 0), 'create', null, note, JSON.stringify(row), refs.planId, refs.actionId);
    }
  } else if (op.op === 'delete') {
    const refs = refsOf(op.table, op.where);
    insert.run(at, ctx.user, op.table, Number(op.where.id ?? 0), 'delete', null, JSON.stringify(op.where), note, refs.planId, refs.actionId);
  } else {
    for (const [column, value] of Object.entries(op.values)) {
      const refs = refsOf(op.table, op.where);
      insert.run(at, ctx.user, op.table, Number(op.where.id ?? 0), 'update', column, note, value === null ? null : String(value), refs.planId, refs.actionId);
    }
  }
}

interface UndoEntryRow { id: number; label: string; at: string; ops: string; user: string; host: string | null }

/**
 * Undo never crosses writers: the newest entry is reversed only if it was made by this user on this
 * computer (entries from before migration 70 name no computer; the user then decides). Otherwise
 * reversing it would overwrite another writer's work, e.g. after this computer slept and another
 * took the file over.
 */
function refuseOtherWriters(ctx: ServiceContext, entry: UndoEntryRow): void {
  if (entry.user === ctx.user && (entry.host === null || entry.host === ctx.host)) return;
  const where = entry.host === null ? '' : ` på datorn ${entry.host}`;
  throw conflict(`Den senaste ändringen i planfilen, ”${entry.label}” ${formatDateTime(entry.at)}, gjordes av ${entry.user}${where}. `
    + 'Ångra ångrar bara ändringar som du själv har gjort på den här datorn, så att ingen annans arbete skrivs över. Inget har ändrats.');
}

/**
 * Server mode: a person's own newest change is reversed even when others wrote since, unless one
 * of their later changes touched the same rows (or hangs on a row the undo would delete): then
 * undoing would overwrite their work, and it is refused, naming who and when.
 */
function refuseOverwritingOthers(ctx: ServiceContext, entry: UndoEntryRow): void {
  const later = ctx.db.prepare('SELECT id, label, at, ops, user, host FROM undo_entry WHERE id > ? ORDER BY id').all(entry.id) as UndoEntryRow[];
  if (later.length === 0) return;
  const own = touchedRows(ctx.db, JSON.parse(entry.ops) as InverseOp[]);
  const blocking = later.find((other) => overwrites(own, touchedRows(ctx.db, JSON.parse(other.ops) as InverseOp[])));
  if (!blocking) return;
  throw conflict(`Det du ändrade i ”${entry.label}” ändrades efter dig av ${blocking.user} ${formatMoment(blocking.at, ctx.today())}. `
    + 'Ångra skulle skriva över deras ändring. Inget har ändrats.');
}

/**
 * Reverses the newest change (in server mode: the caller's own newest): its operations newest
 * first, in one transaction, logged like any other write. The entry is then gone; the one before it is next.
 */
export function undoLastChange(ctx: ServiceContext): UndoState {
  const touched = new Set<string>();
  const undone = guardedWrite(ctx.access, () => ctx.db.transaction(() => {
    const entry = newestEntry(ctx);
    if (!entry) throw conflict(ctx.caller ? 'Du har inget att ångra.' : 'Det finns inget att ångra.');
    if (ctx.caller) refuseOverwritingOthers(ctx, entry);
    else refuseOtherWriters(ctx, entry);
    const ops = JSON.parse(entry.ops) as InverseOp[];
    for (const op of [...ops].reverse()) {
      applyInverse(ctx.db, op);
      logOp(ctx, op, entry.label);
      touched.add(op.table);
    }
    ctx.db.prepare('DELETE FROM undo_entry WHERE id = ?').run(entry.id);
    return { label: entry.label, at: entry.at };
  }).immediate());
  // Committed: the answer names the tables the inverse steps touched, the change log and the journal.
  noteChanged([...touched, 'change_log', 'undo_entry']);
  return undone;
}
