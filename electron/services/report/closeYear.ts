import type { ServiceContext } from '../context';
import type { ClosedYear } from '@shared/report/model';
import { buildLiveReport, snapshotKey } from './buildReport';
import { closeReportYear, type SnapshotEntry } from './snapshots';

/**
 * Closes a year with every report it has: the yearly report, the recommendations' status, and
 * one report per nämnd that is responsible for an åtgärd in the plan.
 */
export function closeYear(ctx: ServiceContext, input: { planId: number; year: number }): ClosedYear {
  return closeReportYear(ctx, input, () => {
    const entries: SnapshotEntry[] = [];
    for (const kind of ['arsrapport', 'rekommendationer'] as const) {
      entries.push({ key: snapshotKey(kind, null), ...buildLiveReport(ctx, { kind, planId: input.planId, year: input.year }) });
    }
    const bodyIds = ctx.db.prepare(`SELECT DISTINCT ab.body_id FROM action_body ab JOIN action a ON a.id = ab.action_id
      JOIN area ar ON ar.id = a.area_id WHERE ar.plan_id = ? ORDER BY ab.body_id`).all(input.planId) as { body_id: number }[];
    for (const { body_id: bodyId } of bodyIds) {
      entries.push({ key: snapshotKey('namnd', bodyId), ...buildLiveReport(ctx, { kind: 'namnd', planId: input.planId, year: input.year, bodyId }) });
    }
    return entries;
  });
}
