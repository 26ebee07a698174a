import type { ServiceContext } from '../context';
import type { FileSummary, StatusGroup, StatusSummary } from '../../../shared/domain/types';
import { effectiveStatus, emptyStatusCounts } from '../../../shared/domain/status';
import { isNotReportedInYear } from '../../../shared/domain/reporting';
import { LATEST_REPORT_SQL, parseLatest, reportedInYear } from './reportedInYear';

interface Row {
  action_id: number; deadline: string | null; start_date: string | null; area_id: number; area_name: string; plan_id: number;
  latest: string | null;
}

/** Latest reported status per åtgärd on or before `asOf` (one index seek per åtgärd). */
function latestStatuses(ctx: ServiceContext, planId: number | null, asOf: string): Row[] {
  return ctx.db.prepare(`
    SELECT a.id AS action_id, a.deadline, a.start_date, ar.id AS area_id, ar.name AS area_name, ar.plan_id, ${LATEST_REPORT_SQL} AS latest
    FROM action a JOIN area ar ON ar.id = a.area_id
    WHERE (@planId IS NULL OR ar.plan_id = @planId)
    ORDER BY ar.plan_id, ar.position, ar.id`).all({ asOf, planId }) as Row[];
}

function addTo(groups: Map<number, StatusGroup>, id: number, name: string, status: ReturnType<typeof effectiveStatus>, notReported: boolean): void {
  let group = groups.get(id);
  if (!group) {
    group = { id, name, total: 0, counts: emptyStatusCounts(), notReportedInYear: 0 };
    groups.set(id, group);
  }
  group.total += 1;
  group.counts[status] += 1;
  if (notReported) group.notReportedInYear += 1;
}

/** Status counts per utvecklingsområde and per ansvarig nämnd (every responsible nämnd counts the åtgärd). */
export function getStatusSummary(ctx: ServiceContext, input: { planId: number | null; asOf?: string }): StatusSummary {
  const asOf = input.asOf ?? ctx.today();
  const rows = latestStatuses(ctx, input.planId, asOf);
  const bodiesOf = new Map<number, { id: number; name: string }[]>();
  const bodyRows = ctx.db.prepare(`SELECT ab.action_id, b.id, b.name FROM action_body ab
      JOIN body b ON b.id = ab.body_id JOIN action a ON a.id = ab.action_id JOIN area ar ON ar.id = a.area_id
    WHERE (@planId IS NULL OR ar.plan_id = @planId)`).all({ planId: input.planId }) as { action_id: number; id: number; name: string }[];
  for (const row of bodyRows) {
    const list = bodiesOf.get(row.action_id);
    if (list) list.push({ id: row.id, name: row.name });
    else bodiesOf.set(row.action_id, [{ id: row.id, name: row.name }]);
  }
  const counts = emptyStatusCounts();
  let notReportedInYear = 0;
  const byArea = new Map<number, StatusGroup>();
  const byBody = new Map<number, StatusGroup>();
  const inYear = reportedInYear(ctx, asOf);
  for (const row of rows) {
    const latest = parseLatest(row.latest);
    const status = effectiveStatus(latest?.status ?? null, row.deadline, asOf);
    const notReported = isNotReportedInYear(status, inYear(row.action_id, latest), row.start_date, asOf);
    counts[status] += 1;
    if (notReported) notReportedInYear += 1;
    addTo(byArea, row.area_id, row.area_name, status, notReported);
    for (const body of bodiesOf.get(row.action_id) ?? []) addTo(byBody, body.id, body.name, status, notReported);
  }
  return {
    asOf,
    planId: input.planId,
    total: rows.length,
    counts,
    notReportedInYear,
    byArea: [...byArea.values()],
    byBody: [...byBody.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv')),
  };
}

/** The whole plan file as of a date: what `cli summary` prints. */
export function getFileSummary(ctx: ServiceContext, asOf?: string): FileSummary {
  const summary = getStatusSummary(ctx, { planId: null, asOf });
  const count = (table: string): number => (ctx.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    asOf: summary.asOf,
    plans: count('plan'),
    areas: count('area'),
    actions: summary.total,
    bodies: count('body'),
    statusReports: (ctx.db.prepare('SELECT COUNT(*) AS n FROM status_report WHERE reported_on <= ?').get(summary.asOf) as { n: number }).n,
    byStatus: summary.counts,
    notReportedInYear: summary.notReportedInYear,
  };
}
