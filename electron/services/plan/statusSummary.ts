import type { ServiceContext } from '../context';
import type { FileSummary, StatusGroup, StatusSummary } from '@shared/domain/types';
import { effectiveStatus, emptyStatusCounts, type EffectiveStatus } from '@shared/domain/status';
import { isNotReportedInYear } from '@shared/domain/reporting';
import { LATEST_REPORT_SQL, parseLatest, reportedInYear } from './reportedInYear';

/** One åtgärd as latestStatuses reads it: rows as arrays (better-sqlite3's raw mode), which at 20,000 åtgärder saves a tenth of the time. */
type Row = [actionId: number, deadline: string | null, startDate: string | null, areaId: number, latest: string | null];

/**
 * Latest reported status per åtgärd on or before `asOf` (one index seek per åtgärd). For the whole
 * file the åtgärder are read in id order, so each seek lands just after the last one in the index
 * status_report_latest (ordered by action_id) and its pages are read once; in område order the seeks
 * jump about the index, which at 4× the large file (400,000 reports) cost more than the 100 ms target
 * (npm run bench, summaryAt4x). The groups are put in område order afterwards.
 */
function latestStatuses(ctx: ServiceContext, planId: number | null, asOf: string): Row[] {
  const columns = `a.id, a.deadline, a.start_date, a.area_id, ${LATEST_REPORT_SQL}`;
  return (planId === null
    ? ctx.db.prepare(`SELECT ${columns} FROM action a ORDER BY a.id`).raw(true).all({ asOf })
    : ctx.db.prepare(`SELECT ${columns} FROM action a JOIN area ar ON ar.id = a.area_id WHERE ar.plan_id = @planId`).raw(true).all({ asOf, planId })) as Row[];
}

/** Who is responsible for which åtgärd (action_id, body_id): for the whole file straight from action_body's primary key, with no joins. */
function responsibilities(ctx: ServiceContext, planId: number | null): [actionId: number, bodyId: number][] {
  return (planId === null
    ? ctx.db.prepare('SELECT action_id, body_id FROM action_body').raw(true).all()
    : ctx.db.prepare(`SELECT ab.action_id, ab.body_id FROM action_body ab JOIN action a ON a.id = ab.action_id JOIN area ar ON ar.id = a.area_id
      WHERE ar.plan_id = ?`).raw(true).all(planId)) as [actionId: number, bodyId: number][];
}

function addTo(groups: Map<number, StatusGroup>, id: number, name: string, status: EffectiveStatus, notReported: boolean): void {
  let group = groups.get(id);
  if (!group) {
    group = { id, name, total: 0, counts: emptyStatusCounts(), notReportedInYear: 0 };
    groups.set(id, group);
  }
  group.total += 1;
  group.counts[status] += 1;
  if (notReported) group.notReportedInYear += 1;
}

/** Status counts per utvecklingsområde (in plan and område order) and per ansvarig nämnd (every responsible nämnd counts the åtgärd). */
export function getStatusSummary(ctx: ServiceContext, input: { planId: number | null; asOf?: string }): StatusSummary {
  const asOf = input.asOf ?? ctx.today();
  const rows = latestStatuses(ctx, input.planId, asOf);
  const areas = ctx.db.prepare(`SELECT id, name FROM area WHERE (@planId IS NULL OR plan_id = @planId) ORDER BY plan_id, position, id`)
    .all({ planId: input.planId }) as { id: number; name: string }[];
  const areaName = new Map(areas.map((a) => [a.id, a.name]));
  const counts = emptyStatusCounts();
  let notReportedInYear = 0;
  const byArea = new Map<number, StatusGroup>();
  const byBody = new Map<number, StatusGroup>();
  const inYear = reportedInYear(ctx, asOf);
  // Each åtgärd's status by its id, for the nämnder after it (arrays indexed by id: no object per åtgärd).
  const statusOf: EffectiveStatus[] = [];
  const notReportedOf: boolean[] = [];
  for (const [actionId, deadline, startDate, areaId, latestValue] of rows) {
    const latest = parseLatest(latestValue);
    const status = effectiveStatus(latest?.status ?? null, deadline, asOf);
    const notReported = isNotReportedInYear(status, inYear(actionId, latest), startDate, asOf);
    counts[status] += 1;
    if (notReported) notReportedInYear += 1;
    addTo(byArea, areaId, areaName.get(areaId)!, status, notReported);
    statusOf[actionId] = status;
    notReportedOf[actionId] = notReported;
  }
  const bodyName = new Map((ctx.db.prepare('SELECT id, name FROM body').raw(true).all() as [number, string][]));
  for (const [actionId, bodyId] of responsibilities(ctx, input.planId)) {
    addTo(byBody, bodyId, bodyName.get(bodyId)!, statusOf[actionId], notReportedOf[actionId]);
  }
  return {
    asOf,
    planId: input.planId,
    total: rows.length,
    counts,
    notReportedInYear,
    byArea: areas.flatMap((a) => byArea.get(a.id) ?? []),
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
