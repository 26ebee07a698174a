import type { ServiceContext } from '../context';
import type { ActionStatuses } from '../../../shared/domain/dashboard';
import { effectiveStatus, type ReportedStatus } from '../../../shared/domain/status';
import { isNotReportedInYear } from '../../../shared/domain/reporting';
import { REPORTED_IN_YEAR_SQL, reportingYearParams } from './reportedInYear';

/**
 * One plan's åtgärder with only their effective status as of a date (the same rule and the same
 * one-seek-per-åtgärd query as listActionStatus): a few kilobytes where listActions sends the whole
 * åtgärd, so Översikt can move to another date quickly.
 */
export function listStatusesAsOf(ctx: ServiceContext, input: { planId: number; asOf?: string }): ActionStatuses {
  const asOf = input.asOf ?? ctx.today();
  const rows = ctx.db.prepare(`SELECT a.id, a.deadline, a.start_date,
      (SELECT s.status FROM status_report s WHERE s.action_id = a.id AND s.reported_on <= @asOf
        ORDER BY s.reported_on DESC, s.id DESC LIMIT 1) AS status,
      ${REPORTED_IN_YEAR_SQL} AS reported_in_year
    FROM area ar JOIN action a ON a.area_id = ar.id WHERE ar.plan_id = @planId ORDER BY a.id`)
    .all({ asOf, planId: input.planId, ...reportingYearParams(asOf) }) as
    { id: number; deadline: string | null; start_date: string | null; status: ReportedStatus | null; reported_in_year: 0 | 1 }[];
  return {
    asOf,
    statuses: rows.map((r) => {
      const status = effectiveStatus(r.status, r.deadline, asOf);
      return { id: r.id, status, notReportedInYear: isNotReportedInYear(status, r.reported_in_year === 1, r.start_date, asOf) };
    }),
  };
}
