import type { ServiceContext } from '../context';
import type { BodyActivity } from '@shared/domain/types';

/** When each nämnd last reported status (as reporting nämnd), within one plan or the whole file. */
export function listBodyActivity(ctx: ServiceContext, input: { planId?: number }): BodyActivity[] {
  const rows = ctx.db.prepare(`SELECT s.body_id, MAX(s.reported_on) AS last_reported_on, COUNT(*) AS reports
    FROM status_report s JOIN action a ON a.id = s.action_id JOIN area ar ON ar.id = a.area_id
    WHERE s.body_id IS NOT NULL AND (@planId IS NULL OR ar.plan_id = @planId)
    GROUP BY s.body_id`).all({ planId: input.planId ?? null }) as { body_id: number; last_reported_on: string; reports: number }[];
  return rows.map((r) => ({ bodyId: r.body_id, lastReportedOn: r.last_reported_on, reports: r.reports }));
}
