import type { ServiceContext } from '../context';
import type { ParsedInput } from '@shared/api/contract';
import type { StatusTrend, TrendPoint, TrendRhythm } from '@shared/domain/dashboard';
import { periodContaining, previousPeriod, type FollowUpPeriod } from '@shared/domain/period';
import { effectiveStatus, emptyStatusCounts, type ReportedStatus } from '@shared/domain/status';

/** Enough for 15 years per tertial; older periods are left out. */
export const MAX_TREND_POINTS = 45;

interface ActionRow { id: number; deadline: string | null }
/** A status report as an array (action_id, reported_on, status): no object per row for thousands of rows. */
type ReportRow = [actionId: number, reportedOn: string, status: ReportedStatus];

/** getStatusTrend's input as its schema gives it (shared/api/dashboard.ts). */
export type StatusTrendInput = ParsedInput<'getStatusTrend'>;

/** The periods from the one holding `from` to the one holding `to`, each as of its last day (the last as of `to`). */
function periodsBetween(rhythm: TrendRhythm, from: string, to: string): { period: FollowUpPeriod; date: string }[] {
  const list: { period: FollowUpPeriod; date: string }[] = [];
  let period = periodContaining(rhythm, to);
  while (list.length < MAX_TREND_POINTS) {
    list.push({ period, date: period.end < to ? period.end : to });
    if (period.start <= from) break;
    period = previousPeriod(rhythm, period);
  }
  return list.reverse();
}

/**
 * Status counts at the end of each year, half year or tertial, by the same rules as
 * getStatusSummary (shared/domain/status.ts). Two queries whatever the number of points: the
 * åtgärder, and their status reports in (åtgärd, date, id) order — read from the covering index
 * status_report_latest — swept once against the sorted period dates.
 */
export function getStatusTrend(ctx: ServiceContext, input: StatusTrendInput): StatusTrend {
  const to = input.to ?? ctx.today();
  // Only the filters in use go into the SQL (fixed fragments, values bound), so SQLite can use
  // area_by_plan instead of scanning every åtgärd in the file.
  const conditions: string[] = [];
  const params: Record<string, unknown> = { to };
  if (input.planId !== null) {
    conditions.push('ar.plan_id = @planId');
    params.planId = input.planId;
  }
  if (input.areaId !== null) {
    conditions.push('a.area_id = @areaId');
    params.areaId = input.areaId;
  }
  if (input.bodyId !== null) {
    conditions.push('EXISTS (SELECT 1 FROM action_body ab WHERE ab.action_id = a.id AND ab.body_id = @bodyId)');
    params.bodyId = input.bodyId;
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const { to: _to, ...filter } = params;
  const actions = ctx.db.prepare(`SELECT a.id, a.deadline FROM area ar JOIN action a ON a.area_id = ar.id ${where} ORDER BY a.id`)
    .all(filter) as ActionRow[];
  // CROSS JOIN keeps the åtgärd outermost: its reports are then read straight from the index.
  const reports = ctx.db.prepare(`SELECT s.action_id, s.reported_on, s.status FROM area ar JOIN action a ON a.area_id = ar.id
    CROSS JOIN status_report s ON s.action_id = a.id AND s.reported_on <= @to
    ${where} ORDER BY s.action_id, s.reported_on, s.id`).raw(true).all(params) as ReportRow[];

  let first = to;
  for (const r of reports) if (r[1] < first) first = r[1];
  const periods = periodsBetween(input.rhythm, first, to);
  const points: TrendPoint[] = periods.map(({ period, date }) => ({ key: period.key, name: period.name, date, total: actions.length, counts: emptyStatusCounts() }));

  let next = 0;
  for (const action of actions) {
    while (next < reports.length && reports[next][0] < action.id) next++;
    let latest: ReportedStatus | null = null;
    for (const point of points) {
      // Reports are in date order within the åtgärd: take every one on or before this point.
      while (next < reports.length && reports[next][0] === action.id && reports[next][1] <= point.date) {
        latest = reports[next][2];
        next++;
      }
      point.counts[effectiveStatus(latest, action.deadline, point.date)] += 1;
    }
  }
  return { rhythm: input.rhythm, to, points };
}
