import type { ServiceContext } from '../context';
import type { ClosedYear, ReportModel, ReportTextField } from '@shared/report/model';
import { conflict } from '@shared/errors';
import { logCreate, logDelete } from '../changeLog';
import { deleteRows, inTransaction, insertRow } from '../records';
import { getPlan } from '../plan/plans';
import { checkReportYear } from './reportYear';

/**
 * "Stäng år NNNN": the year's reports are frozen as JSON in the plan file (report_snapshot), so
 * they come out exactly the same later. Reopening is an explicit, change-logged act; both can
 * be undone like any other write.
 */
export interface SnapshotEntry {
  key: string;
  model: ReportModel;
  fields: ReportTextField[];
}

interface SnapshotRow { plan_id: number; year: number; closed_at: string; closed_by: string; reports: string }

function toClosedYear(row: Omit<SnapshotRow, 'reports'>): ClosedYear {
  return { planId: row.plan_id, year: row.year, closedAt: row.closed_at, closedBy: row.closed_by };
}

export function getClosedYear(ctx: ServiceContext, planId: number, year: number): ClosedYear | null {
  const row = ctx.db.prepare('SELECT plan_id, year, closed_at, closed_by FROM report_snapshot WHERE plan_id = ? AND year = ?').get(planId, year) as
    Omit<SnapshotRow, 'reports'> | undefined;
  return row ? toClosedYear(row) : null;
}

export function listClosedYears(ctx: ServiceContext, planId: number): ClosedYear[] {
  getPlan(ctx, planId);
  return (ctx.db.prepare('SELECT plan_id, year, closed_at, closed_by FROM report_snapshot WHERE plan_id = ? ORDER BY year DESC').all(planId) as
    Omit<SnapshotRow, 'reports'>[]).map(toClosedYear);
}

export function findSnapshotEntry(ctx: ServiceContext, planId: number, year: number, key: string): SnapshotEntry | undefined {
  const row = ctx.db.prepare('SELECT reports FROM report_snapshot WHERE plan_id = ? AND year = ?').get(planId, year) as { reports: string } | undefined;
  if (!row) return undefined;
  return (JSON.parse(row.reports) as SnapshotEntry[]).find((entry) => entry.key === key);
}

/** Refuses a change to a closed year's texts, in words the strateg can act on. */
export function assertYearOpen(ctx: ServiceContext, planId: number, year: number): void {
  if (getClosedYear(ctx, planId, year)) {
    throw conflict(`År ${year} är stängt, så rapportens texter kan inte ändras. Öppna året igen under Rapporter om något behöver rättas.`);
  }
}

/** `build` makes the year's reports as they are now; they are stored as they are, marked closed. */
export function closeReportYear(ctx: ServiceContext, input: { planId: number; year: number },
  build: () => SnapshotEntry[]): ClosedYear {
  return inTransaction(ctx, () => {
    const plan = getPlan(ctx, input.planId);
    checkReportYear(ctx, plan, input.year);
    if (getClosedYear(ctx, input.planId, input.year)) throw conflict(`År ${input.year} är redan stängt.`);
    const closed = { closedAt: ctx.now(), closedBy: ctx.user };
    const entries = build().map((entry) => ({ ...entry, model: { ...entry.model, closed } }));
    insertRow(ctx, 'report_snapshot', {
      plan_id: input.planId, year: input.year, closed_at: closed.closedAt, closed_by: closed.closedBy, reports: JSON.stringify(entries),
    });
    logCreate(ctx, 'report_snapshot', input.planId, { year: input.year, reports: entries.map((e) => e.key).join(', ') }, { planId: input.planId });
    return getClosedYear(ctx, input.planId, input.year)!;
  });
}

export function reopenReportYear(ctx: ServiceContext, input: { planId: number; year: number }): null {
  return inTransaction(ctx, () => {
    getPlan(ctx, input.planId);
    const closed = getClosedYear(ctx, input.planId, input.year);
    if (!closed) throw conflict(`År ${input.year} är inte stängt.`);
    deleteRows(ctx, 'report_snapshot', { plan_id: input.planId, year: input.year });
    logDelete(ctx, 'report_snapshot', input.planId, { year: input.year, closedAt: closed.closedAt, closedBy: closed.closedBy }, { planId: input.planId });
    return null;
  });
}
