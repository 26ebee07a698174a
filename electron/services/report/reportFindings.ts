import type { ServiceContext } from '../context';
import type { ReportFinding, ReportFindings, SuggestionKind } from '@shared/domain/reportFinding';
import { invalid, notFound } from '@shared/errors';
import { logCreate, logDelete, logUpdate } from '../changeLog';
import { deleteRows, inTransaction, insertRow, updateRows } from '../records';
import { getPlan } from '../plan/plans';
import { suggestFindings } from './findingSuggestions';
import { checkReportYear } from './reportYear';
import { assertYearOpen } from './snapshots';

/**
 * Iakttagelser per report year, about one utvecklingsområde or the plan as a whole, citing sources
 * from the register (shared/domain/reportFinding.ts). A suggestion the app makes is printed until
 * the strateg rewrites it (a finding saved with its key) or removes it (a dismissed row with its key,
 * so it is not offered again that year).
 */
interface FindingRow {
  id: number; plan_id: number; area_id: number | null; year: number; position: number; suggestion: SuggestionKind | null; dismissed: 0 | 1;
  text: string; created_by: string; created_at: string; updated_at: string; version: number;
}

export interface FindingFields {
  planId: number;
  year: number;
  areaId: number | null;
  text: string;
  sourceIds: number[];
}

function sourceIdsOf(ctx: ServiceContext, findingId: number): number[] {
  return (ctx.db.prepare('SELECT source_id FROM report_finding_source WHERE finding_id = ? ORDER BY source_id').all(findingId) as { source_id: number }[])
    .map((r) => r.source_id);
}

function toFinding(ctx: ServiceContext, row: FindingRow): ReportFinding {
  return {
    id: row.id, planId: row.plan_id, areaId: row.area_id, year: row.year, position: row.position, text: row.text,
    sourceIds: sourceIdsOf(ctx, row.id), suggestion: row.suggestion, createdBy: row.created_by, createdAt: row.created_at, updatedAt: row.updated_at,
    version: row.version,
  };
}

/** A suggestion is one kind about one område (or the plan): offered once per year. */
function suggestionId(key: SuggestionKind, areaId: number | null): string {
  return `${key}:${areaId ?? 'plan'}`;
}

function findSuggestion(ctx: ServiceContext, input: { planId: number; year: number; areaId: number | null }, key: SuggestionKind) {
  const found = listReportFindings(ctx, input).suggestions.find((s) => s.key === key && s.areaId === input.areaId);
  if (!found) throw invalid('suggestion', 'Förslaget till iakttagelse gäller inte längre, eller är redan omskrivet eller borttaget.');
  return found;
}

function getRow(ctx: ServiceContext, id: number): FindingRow {
  const row = ctx.db.prepare('SELECT * FROM report_finding WHERE id = ?').get(id) as FindingRow | undefined;
  if (!row) throw notFound(`Iakttagelsen finns inte (id ${id}).`);
  return row;
}

export function getReportFinding(ctx: ServiceContext, id: number): ReportFinding {
  return toFinding(ctx, getRow(ctx, id));
}

/** The year's iakttagelser in the order they were written, and the suggestions not yet acted on. */
export function listReportFindings(ctx: ServiceContext, input: { planId: number; year: number }): ReportFindings {
  getPlan(ctx, input.planId);
  const rows = ctx.db.prepare('SELECT * FROM report_finding WHERE plan_id = ? AND year = ? ORDER BY position, id').all(input.planId, input.year) as FindingRow[];
  const handled = new Set(rows.flatMap((r) => (r.suggestion === null ? [] : [suggestionId(r.suggestion, r.area_id)])));
  return {
    findings: rows.filter((r) => r.dismissed === 0).map((r) => toFinding(ctx, r)),
    suggestions: suggestFindings(ctx, input.planId, input.year).filter((s) => !handled.has(suggestionId(s.key, s.areaId))),
  };
}

function checkFields(ctx: ServiceContext, input: Pick<FindingFields, 'planId' | 'year' | 'areaId' | 'sourceIds'>): void {
  const plan = getPlan(ctx, input.planId);
  checkReportYear(ctx, plan, input.year);
  assertYearOpen(ctx, input.planId, input.year);
  if (input.areaId !== null) {
    const area = ctx.db.prepare('SELECT plan_id FROM area WHERE id = ?').get(input.areaId) as { plan_id: number } | undefined;
    if (area?.plan_id !== input.planId) throw invalid('areaId', `Utvecklingsområdet finns inte i planen (id ${input.areaId}).`);
  }
  const known = ctx.db.prepare('SELECT 1 FROM source WHERE id = ?');
  const missing = input.sourceIds.filter((id) => known.get(id) === undefined);
  if (missing.length > 0) throw invalid('sourceIds', `Källan finns inte i källregistret (id ${missing.join(', ')}).`);
}

function writeSources(ctx: ServiceContext, findingId: number, before: number[], after: number[]): void {
  for (const id of before.filter((s) => !after.includes(s))) deleteRows(ctx, 'report_finding_source', { finding_id: findingId, source_id: id });
  for (const id of after.filter((s) => !before.includes(s))) insertRow(ctx, 'report_finding_source', { finding_id: findingId, source_id: id });
}

function logged(finding: Pick<ReportFinding, 'year' | 'areaId' | 'text' | 'sourceIds' | 'suggestion'>) {
  return { year: finding.year, areaId: finding.areaId, text: finding.text, sourceIds: finding.sourceIds, suggestion: finding.suggestion };
}

function nextPosition(ctx: ServiceContext, planId: number, year: number): number {
  return (ctx.db.prepare('SELECT COALESCE(MAX(position), -1) + 1 AS next FROM report_finding WHERE plan_id = ? AND year = ?').get(planId, year) as { next: number }).next;
}

/**
 * Writes a new iakttagelse; with `suggestion`, the strateg's version of that suggestion about the
 * same område (which then is no longer offered). It must be one the app makes for the year now.
 */
export function createReportFinding(ctx: ServiceContext, input: FindingFields & { suggestion?: SuggestionKind | null }): ReportFinding {
  return inTransaction(ctx, () => {
    checkFields(ctx, input);
    const sourceIds = [...new Set(input.sourceIds)];
    const suggestion = input.suggestion ?? null;
    if (suggestion !== null) findSuggestion(ctx, input, suggestion);
    const now = ctx.now();
    const id = insertRow(ctx, 'report_finding', {
      plan_id: input.planId, area_id: input.areaId, year: input.year, position: nextPosition(ctx, input.planId, input.year),
      suggestion, dismissed: 0, text: input.text, created_by: ctx.user, created_at: now, updated_at: now,
    });
    writeSources(ctx, id, [], sourceIds);
    const finding = getReportFinding(ctx, id);
    logCreate(ctx, 'report_finding', id, logged(finding), { planId: input.planId });
    return finding;
  });
}

export function updateReportFinding(ctx: ServiceContext, input: { id: number; patch: Partial<Pick<FindingFields, 'areaId' | 'text' | 'sourceIds'>> }): ReportFinding {
  return inTransaction(ctx, () => {
    const before = getReportFinding(ctx, input.id);
    const after = { ...before, ...input.patch, sourceIds: [...new Set(input.patch.sourceIds ?? before.sourceIds)] };
    checkFields(ctx, after);
    updateRows(ctx, 'report_finding', { id: input.id }, { area_id: after.areaId, text: after.text, updated_at: ctx.now() });
    writeSources(ctx, input.id, before.sourceIds, after.sourceIds);
    logUpdate(ctx, 'report_finding', input.id, logged(before), logged(after), { planId: before.planId });
    return getReportFinding(ctx, input.id);
  });
}

/** Removes an iakttagelse. One that began as a suggestion is kept as dismissed, so it is not suggested again. */
export function deleteReportFinding(ctx: ServiceContext, id: number): null {
  return inTransaction(ctx, () => {
    const before = getReportFinding(ctx, id);
    checkFields(ctx, before);
    if (before.suggestion !== null) {
      writeSources(ctx, id, before.sourceIds, []);
      updateRows(ctx, 'report_finding', { id }, { dismissed: 1, updated_at: ctx.now() });
    } else {
      deleteRows(ctx, 'report_finding', { id });
    }
    logDelete(ctx, 'report_finding', id, logged(before), { planId: before.planId });
    return null;
  });
}

/** "Ta bort" on a suggestion: it is not printed or offered again that year. */
export function dismissFindingSuggestion(ctx: ServiceContext, input: { planId: number; year: number; areaId: number | null; suggestion: SuggestionKind }): null {
  return inTransaction(ctx, () => {
    checkFields(ctx, { ...input, sourceIds: [] });
    const suggestion = findSuggestion(ctx, input, input.suggestion);
    const now = ctx.now();
    const id = insertRow(ctx, 'report_finding', {
      plan_id: input.planId, area_id: suggestion.areaId, year: input.year, position: nextPosition(ctx, input.planId, input.year),
      suggestion: suggestion.key, dismissed: 1, text: suggestion.text, created_by: ctx.user, created_at: now, updated_at: now,
    });
    logDelete(ctx, 'report_finding', id, { year: input.year, areaId: suggestion.areaId, text: suggestion.text, suggestion: suggestion.key }, { planId: input.planId });
    return null;
  });
}
