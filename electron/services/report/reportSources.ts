import type { ServiceContext } from '../context';
import type { Source } from '@shared/domain/types';
import { conflict, invalid, notFound } from '@shared/errors';
import { logCreate, logDelete } from '../changeLog';
import { deleteRows, inTransaction, insertRow } from '../records';
import { getPlan } from '../plan/plans';
import { createSource, getSource, toSource, type SourceFields } from '../plan/sources';
import { checkReportYear } from './reportYear';
import { assertYearOpen } from './snapshots';

/**
 * Documents and intervjuer the strateg adds to a year's källförteckning, besides the sources the
 * report finds by itself (those dated in the year, and those the year's lägesrapporter and
 * iakttagelser cite). They are sources in the register, so an iakttagelse can cite them too.
 */
function checkYear(ctx: ServiceContext, planId: number, year: number): void {
  checkReportYear(ctx, getPlan(ctx, planId), year);
  assertYearOpen(ctx, planId, year);
}

export function listReportSources(ctx: ServiceContext, input: { planId: number; year: number }): Source[] {
  getPlan(ctx, input.planId);
  return (ctx.db.prepare(`SELECT s.* FROM report_source r JOIN source s ON s.id = r.source_id WHERE r.plan_id = ? AND r.year = ?
    ORDER BY s.kind, s.title COLLATE NOCASE, s.id`).all(input.planId, input.year) as Parameters<typeof toSource>[0][]).map(toSource);
}

export function addReportSource(ctx: ServiceContext, input: { planId: number; year: number; sourceId: number }): Source {
  return inTransaction(ctx, () => {
    checkYear(ctx, input.planId, input.year);
    let source: Source;
    try {
      source = getSource(ctx, input.sourceId);
    } catch {
      throw invalid('sourceId', `Källan finns inte i källregistret (id ${input.sourceId}).`);
    }
    if (ctx.db.prepare('SELECT 1 FROM report_source WHERE plan_id = ? AND year = ? AND source_id = ?').get(input.planId, input.year, input.sourceId)) {
      throw conflict(`”${source.title}” finns redan i källförteckningen för ${input.year}.`);
    }
    insertRow(ctx, 'report_source', { plan_id: input.planId, year: input.year, source_id: input.sourceId });
    logCreate(ctx, 'report_source', input.sourceId, { year: input.year, title: source.title, kind: source.kind }, { planId: input.planId });
    return source;
  });
}

/** A new document or intervju, written to the register and added to the year's källförteckning in one step. */
export function createReportSource(ctx: ServiceContext, input: { planId: number; year: number } & SourceFields): Source {
  return inTransaction(ctx, () => {
    const { planId, year, ...fields } = input;
    checkYear(ctx, planId, year);
    return addReportSource(ctx, { planId, year, sourceId: createSource(ctx, fields).id });
  });
}

/** Takes a source off the year's list; it stays in the register. */
export function removeReportSource(ctx: ServiceContext, input: { planId: number; year: number; sourceId: number }): null {
  return inTransaction(ctx, () => {
    checkYear(ctx, input.planId, input.year);
    const removed = deleteRows(ctx, 'report_source', { plan_id: input.planId, year: input.year, source_id: input.sourceId });
    if (removed === 0) throw notFound(`Källan finns inte i källförteckningen för ${input.year} (id ${input.sourceId}).`);
    logDelete(ctx, 'report_source', input.sourceId, { year: input.year, title: getSource(ctx, input.sourceId).title }, { planId: input.planId });
    return null;
  });
}
