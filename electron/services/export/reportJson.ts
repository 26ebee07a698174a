import type { FieldProblem } from '@shared/errors';
import type { ReportKind } from '@shared/report/model';
import type { ServiceContext } from '../context';
import { logCreate } from '../changeLog';
import { insertRow } from '../records';
import { snapshotKey } from '../report/buildReport';
import type { PlanJson, ReportSnapshotJson, ReportTextJson } from './planJsonSchema';
import { hasIdPlaceholder, keyReference, keyWithId } from './reportTextKeys';

/**
 * The strateg's report texts and the closed years' frozen reports in the JSON export. Both hold
 * ids of områden and nämnder (in text keys, in a snapshot's key and model); the export names
 * them instead, and the restore sets the new plan file's ids.
 */
interface Names {
  /** The område's place (1-based) in the export, for the plan's own områden. */
  areaIndex: Map<number, number>;
  /** Every nämnd in the plan file, by id. */
  bodyName: Map<number, string>;
}

export function reportTextsToJson(ctx: ServiceContext, planId: number, names: Names): ReportTextJson[] {
  const rows = ctx.db.prepare('SELECT year, key, text, updated_at FROM report_text WHERE plan_id = ? ORDER BY year, key').all(planId) as
    { year: number; key: string; text: string; updated_at: string }[];
  return rows.flatMap((t) => {
    const base = { year: t.year, key: t.key, text: t.text, updatedAt: t.updated_at };
    const ref = keyReference(t.key);
    if (!ref) return [base];
    // A text about an område or nämnd no longer in the file is never shown, so it stays behind.
    if (ref.kind === 'area') {
      const area = names.areaIndex.get(ref.id);
      return area === undefined ? [] : [{ ...base, key: ref.key, area }];
    }
    const body = names.bodyName.get(ref.id);
    return body === undefined ? [] : [{ ...base, key: ref.key, body }];
  });
}

interface SnapshotEntry { key: string; model: Record<string, unknown>; fields: Record<string, unknown>[] }

export function snapshotsToJson(ctx: ServiceContext, planId: number, names: Names): ReportSnapshotJson[] {
  const rows = ctx.db.prepare('SELECT year, closed_at, closed_by, reports FROM report_snapshot WHERE plan_id = ? ORDER BY year').all(planId) as
    { year: number; closed_at: string; closed_by: string; reports: string }[];
  return rows.flatMap((row) => {
    const reports = (JSON.parse(row.reports) as SnapshotEntry[]).flatMap((entry) => {
      const kind: ReportKind = entry.key.startsWith('namnd:') ? 'namnd' : entry.key as ReportKind;
      const body = kind === 'namnd' ? names.bodyName.get(Number(entry.key.slice('namnd:'.length))) : null;
      // A nämnd since removed from the file cannot be chosen, so its frozen report cannot be reached.
      if (body === undefined) return [];
      const model = Object.fromEntries(Object.entries(entry.model).filter(([k]) => k !== 'planId' && k !== 'bodyId'));
      return [{ kind, body, model, fields: entry.fields }];
    });
    return reports.length === 0 ? [] : [{ year: row.year, closedAt: row.closed_at, closedBy: row.closed_by, reports }];
  });
}

/** The nämnder the report texts and snapshots name, so the export's list of nämnder has them. */
export function reportBodyNames(texts: ReportTextJson[], snapshots: ReportSnapshotJson[]): string[] {
  return [...texts.flatMap((t) => (t.body ? [t.body] : [])), ...snapshots.flatMap((s) => s.reports.flatMap((r) => (r.body ? [r.body] : [])))];
}

/** What a restore needs to hold together: every område and nämnd named is in the document. */
export function checkReportRefs(plan: PlanJson, hasBody: (name: string) => boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (where: string, message: string) => problems.push({ field: where, message: `${where}: ${message}` });
  for (const t of plan.reportTexts) {
    const where = `Rapporttext ”${t.key}” (${t.year})`;
    const refs = (t.area === undefined ? 0 : 1) + (t.body === undefined ? 0 : 1);
    if (refs > 1 || (refs === 1) !== hasIdPlaceholder(t.key)) add(where, 'anger inte vilket utvecklingsområde eller vilken nämnd texten gäller.');
    if (t.area !== undefined && t.area > plan.areas.length) add(where, `utvecklingsområde ${t.area} saknas i filen.`);
    if (t.body !== undefined && !hasBody(t.body)) add(where, `nämnden ”${t.body}” saknas i filens lista över nämnder.`);
  }
  const years = new Set<number>();
  for (const s of plan.reportSnapshots) {
    const where = `Stängt år ${s.year}`;
    if (years.has(s.year)) add(where, 'finns flera gånger.');
    years.add(s.year);
    for (const r of s.reports) {
      if ((r.kind === 'namnd') !== (r.body !== null)) add(where, `rapporten ${r.kind} anger fel nämnd.`);
      if (r.body !== null && !hasBody(r.body)) add(where, `nämnden ”${r.body}” saknas i filens lista över nämnder.`);
    }
  }
  return problems;
}

interface Ids {
  planId: number;
  /** New ids of the plan's områden, in the document's order. */
  areaIds: number[];
  bodyId: (name: string) => number;
}

export function restoreReportTexts(ctx: ServiceContext, texts: ReportTextJson[], ids: Ids): void {
  for (const t of texts) {
    const key = t.area !== undefined ? keyWithId(t.key, ids.areaIds[t.area - 1]) : t.body !== undefined ? keyWithId(t.key, ids.bodyId(t.body)) : t.key;
    insertRow(ctx, 'report_text', { plan_id: ids.planId, year: t.year, key, text: t.text, updated_at: t.updatedAt });
    logCreate(ctx, `report_text:${t.year}:${key}`, ids.planId, { year: t.year, key, text: t.text, updatedAt: t.updatedAt }, { planId: ids.planId });
  }
}

/** Writes each closed year as it was closed, logged like closeReportYear logs it. */
export function restoreSnapshots(ctx: ServiceContext, snapshots: ReportSnapshotJson[], ids: Ids): number {
  for (const s of snapshots) {
    const entries = s.reports.map((r) => {
      const bodyId = r.body === null ? null : ids.bodyId(r.body);
      return { key: snapshotKey(r.kind, bodyId), model: { ...r.model, planId: ids.planId, bodyId }, fields: r.fields };
    });
    insertRow(ctx, 'report_snapshot', { plan_id: ids.planId, year: s.year, closed_at: s.closedAt, closed_by: s.closedBy, reports: JSON.stringify(entries) });
    logCreate(ctx, 'report_snapshot', ids.planId, { year: s.year, reports: entries.map((e) => e.key).join(', ') }, { planId: ids.planId });
  }
  return snapshots.length;
}
