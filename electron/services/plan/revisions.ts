import type { ServiceContext } from '../context';
import { revisionStatus, type PlanRevision, type RevisionStatus } from '@shared/domain/planRevision';
import { notFound } from '@shared/errors';
import { logCreate, logDelete } from '../changeLog';
import { deleteRows, inTransaction, insertRow, updateColumns, type ColumnMap } from '../records';
import { Problems } from '../validation';
import { getPlan } from './plans';

/**
 * The plan's revision history: each revision's date, instans, diarienummer and what changed.
 * Written like every other record (change log, undo); the next revision is due from the latest
 * one and the plan's interval (shared/domain/planRevision.ts).
 */
interface RevisionRow {
  id: number; plan_id: number; revised_on: string; decided_by: string; diary_number: string; changes: string;
  created_at: string; updated_at: string; version: number;
}

const COLUMNS: ColumnMap<PlanRevision> = { revisedOn: 'revised_on', decidedBy: 'decided_by', diaryNumber: 'diary_number', changes: 'changes' };

export type RevisionFields = Pick<PlanRevision, 'planId' | 'revisedOn' | 'decidedBy' | 'diaryNumber' | 'changes'>;

function toRevision(row: RevisionRow): PlanRevision {
  return {
    id: row.id, planId: row.plan_id, revisedOn: row.revised_on, decidedBy: row.decided_by, diaryNumber: row.diary_number,
    changes: row.changes, createdAt: row.created_at, updatedAt: row.updated_at, version: row.version,
  };
}

/** Oldest first, as a history reads. */
export function listRevisions(ctx: ServiceContext, planId: number): PlanRevision[] {
  getPlan(ctx, planId);
  return (ctx.db.prepare('SELECT * FROM plan_revision WHERE plan_id = ? ORDER BY revised_on, id').all(planId) as RevisionRow[]).map(toRevision);
}

export function getRevision(ctx: ServiceContext, id: number): PlanRevision {
  const row = ctx.db.prepare('SELECT * FROM plan_revision WHERE id = ?').get(id) as RevisionRow | undefined;
  if (!row) throw notFound(`Revideringen finns inte (id ${id}).`);
  return toRevision(row);
}

/** When the next revision is due and whether it is overdue, as of a date (today by default). */
export function getRevisionStatus(ctx: ServiceContext, input: { planId: number; asOf?: string }): RevisionStatus {
  return revisionStatus(getPlan(ctx, input.planId), listRevisions(ctx, input.planId), input.asOf ?? ctx.today());
}

/** A revision is a beslut already made: not in the future, and not before the plan itself was decided. */
function checkDate(ctx: ServiceContext, planId: number, revisedOn: string): void {
  const plan = getPlan(ctx, planId);
  new Problems()
    .check(revisedOn <= ctx.today(), 'revisedOn', 'Datum för revideringen kan inte ligga i framtiden.')
    .check(plan.decidedOn === null || revisedOn >= plan.decidedOn, 'revisedOn',
      `Datum för revideringen kan inte ligga före planens beslutsdatum ${plan.decidedOn}.`)
    .throwIfAny();
}

export function createRevision(ctx: ServiceContext, input: RevisionFields): PlanRevision {
  return inTransaction(ctx, () => {
    checkDate(ctx, input.planId, input.revisedOn);
    const now = ctx.now();
    const id = insertRow(ctx, 'plan_revision', {
      plan_id: input.planId, revised_on: input.revisedOn, decided_by: input.decidedBy, diary_number: input.diaryNumber,
      changes: input.changes, created_at: now, updated_at: now,
    });
    logCreate(ctx, 'plan_revision', id, input, { planId: input.planId });
    return getRevision(ctx, id);
  });
}

export function updateRevision(ctx: ServiceContext, input: { id: number; patch: Partial<Omit<RevisionFields, 'planId'>> }): PlanRevision {
  return inTransaction(ctx, () => {
    const before = getRevision(ctx, input.id);
    if (input.patch.revisedOn !== undefined) checkDate(ctx, before.planId, input.patch.revisedOn);
    updateColumns(ctx, {
      table: 'plan_revision', entity: 'plan_revision', id: input.id, columns: COLUMNS, before, patch: input.patch,
      refs: { planId: before.planId }, extra: { updated_at: ctx.now() },
    });
    return getRevision(ctx, input.id);
  });
}

export function deleteRevision(ctx: ServiceContext, id: number): null {
  return inTransaction(ctx, () => {
    const before = getRevision(ctx, id);
    deleteRows(ctx, 'plan_revision', { id });
    const { planId, revisedOn, decidedBy, diaryNumber, changes } = before;
    logDelete(ctx, 'plan_revision', id, { planId, revisedOn, decidedBy, diaryNumber, changes }, { planId });
    return null;
  });
}
