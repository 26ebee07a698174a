import type { ServiceContext } from '../context';
import { logCreate } from '../changeLog';
import { insertRow } from '../records';
import type { ParsedAction } from './planRows';
import type { ParsedMeasure } from './measureCells';
import { writeImportedMeasure } from './writeMeasures';

/**
 * Writes imported åtgärder and their status reports through the records helpers (so they are
 * change-logged and undone like any write), logged in the same shape as createAction and
 * createStatusReport log them. What those services check per row is already checked: the parser
 * refuses a deadline before its start, each row has exactly one huvudansvarig, every nämnd exists.
 * Going through them row by row would look each åtgärd up again several times — too slow for a
 * plan of thousands of rows (tests/bench/importBench.ts).
 */
export interface ActionToWrite {
  areaId: number;
  action: ParsedAction;
  /** Huvudansvarig first; no nämnd twice. */
  bodyIds: number[];
  /** The row's mått with the unit the strateg chose, if it is read in. */
  measure: ParsedMeasure | null;
}

export interface StatusToWrite {
  reportedOn: string;
  period: string;
}

export function writeImportedActions(ctx: ServiceContext, planId: number, rows: ActionToWrite[], status: StatusToWrite,
  bodyNames: Map<number, string>): number {
  const nextPosition = new Map<number, number>();
  const positionIn = (areaId: number): number => {
    const next = nextPosition.get(areaId)
      ?? (ctx.db.prepare('SELECT COALESCE(MAX(position), -1) + 1 AS next FROM action WHERE area_id = ?').get(areaId) as { next: number }).next;
    nextPosition.set(areaId, next + 1);
    return next;
  };
  const now = ctx.now();
  let statusReports = 0;
  for (const { areaId, action: a, bodyIds, measure } of rows) {
    const id = insertRow(ctx, 'action', {
      area_id: areaId, position: positionIn(areaId), number: a.number, title: a.title, description: a.description,
      proposed_measures: a.proposedMeasures, start_date: a.startDate, deadline: a.deadline, indicator_text: a.indicatorText,
      created_at: now, updated_at: now,
    });
    const responsible = bodyIds.map((bodyId, index) => ({ bodyId, role: index === 0 ? 'huvudansvarig' as const : 'medansvarig' as const }));
    for (const r of responsible) insertRow(ctx, 'action_body', { action_id: id, body_id: r.bodyId, role: r.role });
    const described = responsible.map((r) => (r.role === 'huvudansvarig' ? `${bodyNames.get(r.bodyId)} (huvudansvarig)` : bodyNames.get(r.bodyId))).join(', ');
    logCreate(ctx, 'action', id, {
      areaId, number: a.number, title: a.title, description: a.description, proposedMeasures: a.proposedMeasures,
      startDate: a.startDate, deadline: a.deadline, indicatorText: a.indicatorText, responsible: described,
    }, { planId, actionId: id });
    if (measure) writeImportedMeasure(ctx, { planId, actionId: id }, measure, status.reportedOn);
    if (a.status === null) continue;
    const report = {
      actionId: id, reportedOn: status.reportedOn, status: a.status, assessment: null, comment: a.comment, sourceId: null,
      period: status.period, reportedBy: '', bodyId: null,
    };
    const reportId = insertRow(ctx, 'status_report', {
      action_id: id, reported_on: report.reportedOn, status: report.status, assessment: null, comment: report.comment, source_id: null,
      period: report.period, reported_by: '', body_id: null, created_at: now,
    });
    logCreate(ctx, 'status_report', reportId, report, { planId, actionId: id });
    statusReports++;
  }
  return statusReports;
}
