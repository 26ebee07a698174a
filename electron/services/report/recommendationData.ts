import type { ServiceContext } from '../context';
import type { Audit, Recommendation } from '@shared/domain/types';
import { effectiveStatus, type EffectiveStatus, type ReportedStatus } from '@shared/domain/status';
import { listAudits } from '../audit/audits';
import { listRecommendations } from '../audit/recommendations';

/** A recommendation addressed to one nämnd, with its status as of the report date. */
export interface RecommendationLine {
  auditId: number;
  text: string;
  bodyId: number;
  bodyName: string;
  response: string;
  plannedMeasures: string;
  deadline: string | null;
  status: EffectiveStatus;
  /** Åtgärder in the plan the recommendation is linked to ("2.3, 6.4"), and their ids. */
  actionNumbers: string[];
  actionIds: number[];
}

export interface AuditWithLines {
  audit: Audit;
  recommendations: Recommendation[];
  lines: RecommendationLine[];
}

/**
 * Granskningar reported by `asOf` with the nämndernas svar. The status is the latest follow-up on or
 * before `asOf`; without one, the svar's own status; Försenad when its deadline has passed.
 */
export function loadRecommendationData(ctx: ServiceContext, asOf: string): AuditWithLines[] {
  const followup = ctx.db.prepare(`SELECT status FROM recommendation_followup WHERE recommendation_body_id = ? AND reported_on <= ?
    ORDER BY reported_on DESC, id DESC LIMIT 1`);
  const numbers = new Map((ctx.db.prepare('SELECT id, number, title FROM action').all() as { id: number; number: string; title: string }[])
    .map((a) => [a.id, a.number || a.title]));
  return listAudits(ctx)
    .filter((audit) => audit.reportDate === null || audit.reportDate <= asOf)
    .map((audit) => {
      const recommendations = listRecommendations(ctx, audit.id);
      const lines = recommendations.flatMap((rec) => rec.addressees.map((r) => {
        const latest = followup.get(r.id, asOf) as { status: ReportedStatus } | undefined;
        return {
          auditId: audit.id, text: rec.text, bodyId: r.bodyId, bodyName: r.bodyName, response: r.response, plannedMeasures: r.plannedMeasures,
          deadline: r.deadline, status: effectiveStatus(latest?.status ?? r.status, r.deadline, asOf),
          actionNumbers: rec.actionIds.map((id) => numbers.get(id) ?? '').filter(Boolean),
          actionIds: rec.actionIds,
        };
      }));
      return { audit, recommendations, lines };
    });
}
