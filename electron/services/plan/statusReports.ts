import type { ServiceContext } from '../context';
import type { StatusReport } from '@shared/domain/types';
import type { Assessment, ReportedStatus } from '@shared/domain/status';
import { notFound } from '@shared/errors';
import { logCreate, logDelete } from '../changeLog';
import { deleteRows, inTransaction, insertRow } from '../records';
import { Problems } from '../validation';
import { getAction } from './actions';
import { recordReportedValues } from '../measure/measureValues';

interface StatusReportRow {
  id: number; action_id: number; reported_on: string; status: ReportedStatus; assessment: Assessment | null; comment: string;
  source_id: number | null; source_title: string | null; period: string; reported_by: string; body_id: number | null;
  body_name: string | null; stop_decision: string; stop_decided_by: string; stop_decided_on: string | null; created_at: string;
}

const SELECT = `SELECT s.*, src.title AS source_title, b.name AS body_name FROM status_report s
  LEFT JOIN source src ON src.id = s.source_id LEFT JOIN body b ON b.id = s.body_id`;

function toStatusReport(row: StatusReportRow): StatusReport {
  return {
    id: row.id, actionId: row.action_id, reportedOn: row.reported_on, status: row.status, assessment: row.assessment,
    comment: row.comment, sourceId: row.source_id, sourceTitle: row.source_title, period: row.period,
    reportedBy: row.reported_by, bodyId: row.body_id, bodyName: row.body_name,
    stopDecision: row.stop_decision, stopDecidedBy: row.stop_decided_by, stopDecidedOn: row.stop_decided_on, createdAt: row.created_at,
  };
}

type StopFields = Pick<StatusReport, 'stopDecision' | 'stopDecidedBy' | 'stopDecidedOn'>;

/** What a new report needs; the beslut fields only for Avbruten, and they may be left out. */
export type StatusReportFields = Omit<StatusReport, 'id' | 'sourceTitle' | 'bodyName' | 'createdAt' | keyof StopFields> & Partial<StopFields>;

/**
 * Avbruten asks for the beslut behind it (beslut, instans, datum): all three or none, since a half
 * beslut cannot be cited. Other statuses carry none. An Avbruten without beslut is allowed, and the
 * report counts it against the område (shared/report/assessmentRule.ts).
 */
function checkStop(problems: Problems, input: StatusReportFields, today: string): StopFields {
  const stop = { stopDecision: input.stopDecision ?? '', stopDecidedBy: input.stopDecidedBy ?? '', stopDecidedOn: input.stopDecidedOn ?? null };
  const given = [stop.stopDecision !== '', stop.stopDecidedBy !== '', stop.stopDecidedOn !== null];
  if (input.status !== 'avbruten') {
    problems.check(!given.some(Boolean), 'stopDecision', 'Beslut, instans och beslutsdatum anges bara när status är Avbruten.');
    return stop;
  }
  if (given.some(Boolean)) {
    problems.check(given[0], 'stopDecision', 'Ange beslutet om att avbryta åtgärden, till exempel paragraf och ärende.');
    problems.check(given[1], 'stopDecidedBy', 'Ange vilken instans som beslutade att avbryta åtgärden.');
    problems.check(given[2], 'stopDecidedOn', 'Ange vilket datum beslutet fattades.');
  }
  problems.check(stop.stopDecidedOn === null || stop.stopDecidedOn <= today, 'stopDecidedOn', 'Beslutsdatum kan inte ligga i framtiden.');
  return stop;
}
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
    const stop = checkStop(problems, input, ctx.today());
    problems.throwIfAny();
    const id = insertRow(ctx, 'status_report', {
      action_id: input.actionId, reported_on: input.reportedOn, status: input.status, assessment: input.assessment,
      comment: input.comment, source_id: input.sourceId, period: input.period, reported_by: input.reportedBy,
      body_id: input.bodyId, stop_decision: stop.stopDecision, stop_decided_by: stop.stopDecidedBy, stop_decided_on: stop.stopDecidedOn,
      created_at: ctx.now(),
    });
    const { measureValues = [], ...fields } = input;
    logCreate(ctx, 'status_report', id, { ...fields, ...stop }, { planId: action.planId, actionId: action.id });
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
