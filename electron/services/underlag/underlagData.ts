import { isClosed, type ReportedStatus } from '@shared/domain/status';
import type { FollowUpPeriod } from '@shared/domain/period';
import type { Body, Plan } from '@shared/domain/types';
import { invalid } from '@shared/errors';
import type { ServiceContext } from '../context';
import { listActionStatus } from '../plan/actionStatus';
import { getBody } from '../plan/bodies';
import { getPlan } from '../plan/plans';
import { fileIdentity } from './fileIdentity';
import { periodFromKey } from '@shared/domain/period';
import { underlagMeasures, type UnderlagMeasure } from './underlagMeasures';

/** What one nämnd's underlag holds: its åtgärder in the plan, with their latest status. */
export interface UnderlagAction {
  id: number;
  number: string;
  areaName: string;
  title: string;
  role: 'Huvudansvarig' | 'Medansvarig';
  deadline: string | null;
  latestStatus: ReportedStatus | null;
  latestReportedOn: string | null;
  latestComment: string;
}

export interface UnderlagData {
  fileId: string;
  plan: Plan;
  body: Body;
  period: FollowUpPeriod;
  replyBy: string | null;
  actions: UnderlagAction[];
  /** One column each: the mått of these åtgärder, for the period's utfall. */
  measures: UnderlagMeasure[];
}

export interface UnderlagRequest {
  planId: number;
  bodyIds: number[];
  period: string;
  replyBy: string | null;
  /** Genomförda and avbrutna åtgärder have nothing left to report, so they are left out unless asked for. */
  includeClosed: boolean;
}

export function requirePeriod(key: string): FollowUpPeriod {
  const period = periodFromKey(key);
  if (!period) throw invalid('period', `Period: ”${key}” är inte en period (t.ex. 2026, 2026-H2 eller 2026-T3).`);
  return period;
}

export function underlagData(ctx: ServiceContext, request: UnderlagRequest): UnderlagData[] {
  const plan = getPlan(ctx, request.planId);
  const period = requirePeriod(request.period);
  const fileId = fileIdentity(ctx);
  const actions = listActionStatus(ctx, { planId: plan.id }).filter((a) => request.includeClosed || !isClosed(a.latestStatus));
  return [...new Set(request.bodyIds)].map((bodyId) => {
    const body = getBody(ctx, bodyId);
    const own = actions.flatMap((a): UnderlagAction[] => {
      const responsibility = a.responsible.find((r) => r.bodyId === bodyId);
      if (!responsibility) return [];
      return [{
        id: a.id, number: a.number, areaName: a.areaName, title: a.title,
        role: responsibility.role === 'huvudansvarig' ? 'Huvudansvarig' : 'Medansvarig',
        deadline: a.deadline, latestStatus: a.latestStatus, latestReportedOn: a.latestReportedOn, latestComment: a.latestComment,
      }];
    });
    return { fileId, plan, body, period, replyBy: request.replyBy, actions: own, measures: underlagMeasures(ctx, plan.id, own) };
  });
}
