import type { ServiceContext } from '../context';
import type { ReportText } from '@shared/domain/types';
import { logCreate, logDelete, logUpdate } from '../changeLog';
import { deleteRows, inTransaction, upsertRow } from '../records';
import { getPlan } from '../plan/plans';
import { assertYearOpen } from './snapshots';

interface ReportTextRow { plan_id: number; year: number; key: string; text: string; updated_at: string; version: number }

function toReportText(row: ReportTextRow): ReportText {
  return { planId: row.plan_id, year: row.year, key: row.key, text: row.text, updatedAt: row.updated_at, version: row.version };
}

/** The strateg's own words for one plan and year (summary, motiveringar, recommendations…). */
export function listReportTexts(ctx: ServiceContext, input: { planId: number; year: number }): ReportText[] {
  getPlan(ctx, input.planId);
  return (ctx.db.prepare('SELECT * FROM report_text WHERE plan_id = ? AND year = ? ORDER BY key').all(input.planId, input.year) as ReportTextRow[])
    .map(toReportText);
}

export function saveReportText(ctx: ServiceContext, input: { planId: number; year: number; key: string; text: string }): ReportText {
  return inTransaction(ctx, () => {
    getPlan(ctx, input.planId);
    assertYearOpen(ctx, input.planId, input.year);
    const before = ctx.db.prepare('SELECT * FROM report_text WHERE plan_id = ? AND year = ? AND key = ?').get(input.planId, input.year, input.key) as ReportTextRow | undefined;
    upsertRow(ctx, 'report_text', { plan_id: input.planId, year: input.year, key: input.key }, { text: input.text, updated_at: ctx.now() });
    const entity = `report_text:${input.year}:${input.key}`;
    if (before) logUpdate(ctx, entity, input.planId, { text: before.text }, { text: input.text }, { planId: input.planId });
    else logCreate(ctx, entity, input.planId, input, { planId: input.planId });
    return toReportText(ctx.db.prepare('SELECT * FROM report_text WHERE plan_id = ? AND year = ? AND key = ?').get(input.planId, input.year, input.key) as ReportTextRow);
  });
}

/** "Återställ förslag": the saved text is removed, so the report shows the generated default again. */
export function resetReportText(ctx: ServiceContext, input: { planId: number; year: number; key: string }): null {
  return inTransaction(ctx, () => {
    getPlan(ctx, input.planId);
    assertYearOpen(ctx, input.planId, input.year);
    const before = ctx.db.prepare('SELECT * FROM report_text WHERE plan_id = ? AND year = ? AND key = ?').get(input.planId, input.year, input.key) as ReportTextRow | undefined;
    if (!before) return null;
    deleteRows(ctx, 'report_text', { plan_id: input.planId, year: input.year, key: input.key });
    logDelete(ctx, `report_text:${input.year}:${input.key}`, input.planId, { text: before.text }, { planId: input.planId });
    return null;
  });
}
