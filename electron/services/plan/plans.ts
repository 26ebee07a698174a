import type { ServiceContext } from '../context';
import type { FollowUpRhythm, Plan } from '@shared/domain/types';
import { notFound } from '@shared/errors';
import { logCreate, logDelete } from '../changeLog';
import { deleteRows, inTransaction, insertRow, updateColumns, type ColumnMap } from '../records';
import { Problems } from '../validation';

interface PlanRow {
  id: number; name: string; municipality: string; period_start: number | null; period_end: number | null;
  decided_by: string; decided_on: string | null; diary_number: string; overall_goal: string;
  revision_interval_years: number | null; follow_up_rhythm: FollowUpRhythm; created_at: string; updated_at: string; version: number;
}

const COLUMNS: ColumnMap<Plan> = {
  name: 'name', municipality: 'municipality', periodStart: 'period_start', periodEnd: 'period_end',
  decidedBy: 'decided_by', decidedOn: 'decided_on', diaryNumber: 'diary_number', overallGoal: 'overall_goal',
  revisionIntervalYears: 'revision_interval_years', followUpRhythm: 'follow_up_rhythm',
};

function toPlan(row: PlanRow): Plan {
  return {
    id: row.id, name: row.name, municipality: row.municipality, periodStart: row.period_start, periodEnd: row.period_end,
    decidedBy: row.decided_by, decidedOn: row.decided_on, diaryNumber: row.diary_number, overallGoal: row.overall_goal,
    revisionIntervalYears: row.revision_interval_years, followUpRhythm: row.follow_up_rhythm,
    createdAt: row.created_at, updatedAt: row.updated_at, version: row.version,
  };
}

export type PlanFields = Omit<Plan, 'id' | 'createdAt' | 'updatedAt' | 'version'>;

function checkPeriod(plan: Pick<Plan, 'periodStart' | 'periodEnd'>): void {
  new Problems()
    .check(plan.periodStart === null || plan.periodEnd === null || plan.periodStart <= plan.periodEnd,
      'periodEnd', 'Period till kan inte vara före period från.')
    .throwIfAny();
}

export function listPlans(ctx: ServiceContext): Plan[] {
  return (ctx.db.prepare('SELECT * FROM plan ORDER BY name, id').all() as PlanRow[]).map(toPlan);
}

export function getPlan(ctx: ServiceContext, id: number): Plan {
  const row = ctx.db.prepare('SELECT * FROM plan WHERE id = ?').get(id) as PlanRow | undefined;
  if (!row) throw notFound(`Planen finns inte (id ${id}).`);
  return toPlan(row);
}

export function createPlan(ctx: ServiceContext, input: PlanFields): Plan {
  checkPeriod(input);
  return inTransaction(ctx, () => {
    const now = ctx.now();
    const values: Record<string, unknown> = { created_at: now, updated_at: now };
    for (const [field, column] of Object.entries(COLUMNS)) values[column as string] = input[field as keyof PlanFields];
    const id = insertRow(ctx, 'plan', values);
    const plan = getPlan(ctx, id);
    logCreate(ctx, 'plan', id, input, { planId: id });
    return plan;
  });
}

export function updatePlan(ctx: ServiceContext, input: { id: number; patch: Partial<PlanFields> }): Plan {
  return inTransaction(ctx, () => {
    const before = getPlan(ctx, input.id);
    checkPeriod({ ...before, ...input.patch });
    updateColumns(ctx, {
      table: 'plan', entity: 'plan', id: input.id, columns: COLUMNS, before, patch: input.patch,
      refs: { planId: input.id }, extra: { updated_at: ctx.now() },
    });
    return getPlan(ctx, input.id);
  });
}

export function deletePlan(ctx: ServiceContext, id: number): null {
  return inTransaction(ctx, () => {
    const before = getPlan(ctx, id);
    deleteRows(ctx, 'plan', { id: id });
    logDelete(ctx, 'plan', id, before, { planId: id });
    return null;
  });
}
