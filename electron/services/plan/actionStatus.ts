import type { ServiceContext } from '../context';
import type { ActionStatusRow } from '@shared/domain/types';
import { effectiveStatus, type Assessment, type ReportedStatus } from '@shared/domain/status';
import { isNotReportedInYear } from '@shared/domain/reporting';
import { responsibilitiesByAction, toAction } from './actions';
import { reportedInYear } from './reportedInYear';

interface Row {
  id: number; area_id: number; plan_id: number; area_name: string; position: number; number: string; title: string;
  description: string; proposed_measures: string; start_date: string | null; deadline: string | null;
  indicator_text: string; created_at: string; updated_at: string; version: number;
  latest_status: ReportedStatus | null; latest_assessment: Assessment | null; latest_comment: string | null;
  latest_reported_on: string | null; latest_stop_decision: string | null; latest_stop_decided_by: string | null;
  latest_stop_decided_on: string | null; latest_period: string | null; measure_count: number;
}

/**
 * Every åtgärd with its latest status report on or before `asOf` — one index seek per åtgärd
 * on status_report(action_id, reported_on, id), so it stays fast with years of history.
 */
export function listActionStatus(ctx: ServiceContext, input: { planId?: number; asOf?: string }): ActionStatusRow[] {
  const asOf = input.asOf ?? ctx.today();
  const rows = ctx.db.prepare(`
    WITH latest AS (
      SELECT a.*, ar.plan_id, ar.name AS area_name, ar.position AS area_position,
        (SELECT s.id FROM status_report s WHERE s.action_id = a.id AND s.reported_on <= @asOf
          ORDER BY s.reported_on DESC, s.id DESC LIMIT 1) AS latest_id
      FROM action a JOIN area ar ON ar.id = a.area_id
      WHERE (@planId IS NULL OR ar.plan_id = @planId)
    )
    SELECT l.*, s.status AS latest_status, s.assessment AS latest_assessment, s.comment AS latest_comment,
      s.reported_on AS latest_reported_on, s.stop_decision AS latest_stop_decision, s.stop_decided_by AS latest_stop_decided_by,
      s.stop_decided_on AS latest_stop_decided_on, s.period AS latest_period,
      (SELECT COUNT(*) FROM measure m WHERE m.action_id = l.id) AS measure_count
    FROM latest l LEFT JOIN status_report s ON s.id = l.latest_id
    ORDER BY l.plan_id, l.area_position, l.position, l.id`).all({ asOf, planId: input.planId ?? null }) as Row[];
  const responsible = responsibilitiesByAction(ctx, undefined, input.planId);
  const inYear = reportedInYear(ctx, asOf);
  return rows.map((row) => ({
    ...toAction(row, responsible.get(row.id) ?? []),
    areaName: row.area_name,
    latestStatus: row.latest_status,
    latestAssessment: row.latest_assessment,
    latestComment: row.latest_comment ?? '',
    latestReportedOn: row.latest_reported_on,
    latestStopDecision: row.latest_stop_decision ?? '',
    latestStopDecidedBy: row.latest_stop_decided_by ?? '',
    latestStopDecidedOn: row.latest_stop_decided_on,
    ...statusAndMark(row, asOf, inYear),
    measureCount: row.measure_count,
  }));
}

function statusAndMark(row: Row, asOf: string, inYear: ReturnType<typeof reportedInYear>) {
  const status = effectiveStatus(row.latest_status, row.deadline, asOf);
  const latest = row.latest_reported_on === null ? null : { reportedOn: row.latest_reported_on, period: row.latest_period ?? '' };
  return { effectiveStatus: status, notReportedInYear: isNotReportedInYear(status, inYear(row.id, latest), row.start_date, asOf) };
}
