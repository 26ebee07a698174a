import type { ServiceContext } from '../context';
import type { ActionStatuses } from '@shared/domain/dashboard';
import { effectiveStatus } from '@shared/domain/status';
import { isNotReportedInYear } from '@shared/domain/reporting';
import { LATEST_REPORT_SQL, parseLatest, reportedInYear } from './reportedInYear';

/**
 * One plan's åtgärder with only their effective status as of a date (the same rule and the same
 * one-seek-per-åtgärd query as listActionStatus): a few kilobytes where listActions sends the whole
 * åtgärd, so Översikt can move to another date quickly.
 */
export function listStatusesAsOf(ctx: ServiceContext, input: { planId: number; asOf?: string }): ActionStatuses {
  const asOf = input.asOf ?? ctx.today();
  const rows = ctx.db.prepare(`SELECT a.id, a.deadline, a.start_date, ${LATEST_REPORT_SQL} AS latest
    FROM area ar JOIN action a ON a.area_id = ar.id WHERE ar.plan_id = @planId ORDER BY a.id`)
    .all({ asOf, planId: input.planId }) as { id: number; deadline: string | null; start_date: string | null; latest: string | null }[];
  const inYear = reportedInYear(ctx, asOf);
  return {
    asOf,
    statuses: rows.map((r) => {
      const latest = parseLatest(r.latest);
      const status = effectiveStatus(latest?.status ?? null, r.deadline, asOf);
      return { id: r.id, status, notReportedInYear: isNotReportedInYear(status, inYear(r.id, latest), r.start_date, asOf) };
    }),
  };
}
