import type { ServiceContext } from '../context';
import type { StatusReport } from '../../../shared/domain/types';
import type { Assessment, ReportedStatus } from '../../../shared/domain/status';
import { notFound } from '../../../shared/errors';
import { logCreate, logDelete } from '../changeLog';
import { deleteRows, inTransaction, insertRow } from '../records';
import { Problems } from '../validation';
import { getAction } from './actions';
import { recordReportedValues } from '../measure/measureValues';

interface StatusReportRow {
  id: number; action_id: number; reported_on: string; status: ReportedStatus; assessment: Assessment | null; comment: string;
  source_id: number | null; source_title: string | null; period: string; reported_by: string; body_id: number | null;
  body_name: string | null; created_at: string;
}

const SELECT = `SELECT s.*, src.title AS source_title, b.name AS body_name FROM status_report s
  LEFT JOIN source src ON src.id = s.source_id LEFT JOIN body b ON b.id = s.body_id`;

function toStatusReport(row: StatusReportRow): StatusReport {
  return {
    id: row.id, actionId: row.action_id, reportedOn: row.reported_on, status: row.status, assessment: row.assessment,
    comment: row.comment, sourceId: row.source_id, sourceTitle: row.source_title, period: row.period,
    reportedBy: row.reported_by, bodyId: row.body_id, bodyName: row.body_name, createdAt: row.created_at,
  };
}

export type StatusReportFields = Omit<StatusReport, 'id' | 'sourceTitle' | 'bodyName' | 'createdAt'>;
/** Utfall for the åtgärd's mått, entered in the same form and saved in the same transaction. */
export type ReportedValues = { measureValues?: { measureId: number; value: number; comment: string }[] };

/** Newest first: the history as a timeline. */
export function listStatusReports(ctx: ServiceContext, actionId: number): StatusReport[] {
  getAction(ctx, actionId);
  const rows = ctx.db.prepare(`${SELECT} WHERE s.action_id = ? ORDER BY s.reported_on DESC, s.id DESC`).all(actionId) as StatusReportRow[];
  return rows.map(toStatusReport);
}

export function getStatusReport(ctx: ServiceContext, id: number): StatusReport {
  const row = ctx.db.prepare(`${SELECT} WHERE s.id = ?`).get(id) as StatusReportRow | undefined;
  if (!row) throw notFound(`Lägesrapporten finns inte (id ${id}).`);
  return toStatusReport(row);
}

export function createStatusReport(ctx: ServiceContext, input: StatusReportFields & ReportedValues): StatusReport {
  return inTransaction(ctx, () => {
    const action = getAction(ctx, input.actionId);
    const problems = new Problems();
    if (input.sourceId !== null) {
      problems.check(ctx.db.prepare('SELECT 1 FROM source WHERE id = ?').get(input.sourceId) !== undefined, 'sourceId', `Okänd källa (id ${input.sourceId}).`);
    }
    if (input.bodyId !== null) {
      problems.check(ctx.db.prepare('SELECT 1 FROM body WHERE id = ?').get(input.bodyId) !== undefined, 'bodyId', `Okänd nämnd (id ${input.bodyId}).`);
    }
    problems.check(input.reportedOn <= ctx.today(), 'reportedOn', 'Datum kan inte ligga i framtiden.');
    problems.throwIfAny();
    const id = insertRow(ctx, 'status_report', {
      action_id: input.actionId, reported_on: input.reportedOn, status: input.status, assessment: input.assessment,
      comment: input.comment, source_id: input.sourceId, period: input.period, reported_by: input.reportedBy,
      body_id: input.bodyId, created_at: ctx.now(),
    });
    const { measureValues = [], ...fields } = input;
    logCreate(ctx, 'status_report', id, fields, { planId: action.planId, actionId: action.id });
    const report = getStatusReport(ctx, id);
    recordReportedValues(ctx, { ...report, planId: action.planId, source: report.sourceTitle ?? '' }, measureValues);
    return report;
  });
}

/** A mistaken report can be removed; the change log keeps what it said. */
export function deleteStatusReport(ctx: ServiceContext, id: number): null {
  return inTransaction(ctx, () => {
    const before = getStatusReport(ctx, id);
    const action = getAction(ctx, before.actionId);
    deleteRows(ctx, 'status_report', { id: id });
    logDelete(ctx, 'status_report', id, before, { planId: action.planId, actionId: action.id });
    return null;
  });
}
