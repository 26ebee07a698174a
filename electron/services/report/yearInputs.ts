import type { ServiceContext } from '../context';
import type { ActionStatusRow, Body, Plan, Source } from '@shared/domain/types';
import type { PlanRevision, RevisionStatus } from '@shared/domain/planRevision';
import type { ReportQuestion } from '@shared/domain/reportQuestion';
import type { ReportFindings } from '@shared/domain/reportFinding';
import type { MeasureStanding } from '@shared/domain/measure';
import type { IndicatorSummary } from '@shared/domain/indicatorSummary';
import { getIndicatorSummary } from '../indicator/indicatorSummary';
import { getMeasureOverview } from '../measure/measureOverview';
import { listRevisions, getRevisionStatus } from '../plan/revisions';
import { toSource } from '../plan/sources';
import { loadRecommendationData, type AuditWithLines } from './recommendationData';
import { listReportFindings } from './reportFindings';
import { listReportQuestions } from './reportQuestions';
import { listReportSources } from './reportSources';
import { reportSigner, type ReportSigner } from './reportSigner';
import type { DocumentSettings } from '@shared/domain/settings';

/**
 * What the yearly report judges with besides the statuses (issue 14): the plan's revisions, the
 * year's questions and iakttagelser, mått, indicators, granskningar, who did not report, the
 * year's sources and who signs. Read once per report, like ReportData.
 */
export interface YearInputs {
  revisions: PlanRevision[];
  revision: RevisionStatus;
  questions: ReportQuestion[];
  findings: ReportFindings;
  /** Documents and intervjuer the strateg added to the year's källförteckning. */
  ownSources: Source[];
  /** Sources registered in the register with a date in the year, and those the year's iakttagelser cite. */
  registeredSources: Source[];
  /** The plan's mått judged for the year, with every utfall recorded until today (a year's figures come after New Year). */
  measures: MeasureStanding[];
  indicators: IndicatorSummary;
  /** Granskningar reported by the report date, with the nämndernas svar and status. */
  audits: AuditWithLines[];
  /** Nämnder and bolag responsible for an open åtgärd that left no lägesrapport in the year. */
  silentBodies: Body[];
  signer: ReportSigner;
}

/**
 * A nämnd has reported in the year when a lägesrapport dated in it names the nämnd as reporting,
 * or names no nämnd and is about an åtgärd the nämnd leads. It owes a report while it is
 * responsible (huvud- or medansvarig) for an åtgärd that is not Genomförd or Avbruten.
 */
function silentBodies(ctx: ServiceContext, planId: number, year: number, asOf: string, actions: ActionStatusRow[], bodies: Body[]): Body[] {
  const reported = new Set((ctx.db.prepare(`SELECT DISTINCT COALESCE(s.body_id, ab.body_id) AS body_id
      FROM status_report s JOIN action a ON a.id = s.action_id JOIN area ar ON ar.id = a.area_id
      LEFT JOIN action_body ab ON ab.action_id = a.id AND ab.role = 'huvudansvarig'
      WHERE ar.plan_id = ? AND s.reported_on >= ? AND s.reported_on <= ?`).all(planId, `${year}-01-01`, asOf) as { body_id: number | null }[])
    .map((r) => r.body_id));
  const open = actions.filter((a) => a.effectiveStatus !== 'genomford' && a.effectiveStatus !== 'avbruten');
  const owing = new Set(open.flatMap((a) => a.responsible.map((r) => r.bodyId)));
  return bodies.filter((b) => b.active && owing.has(b.id) && !reported.has(b.id));
}

function registeredSources(ctx: ServiceContext, planId: number, year: number): Source[] {
  return (ctx.db.prepare(`SELECT * FROM source WHERE published_on >= ? AND published_on <= ?
      UNION SELECT s.* FROM source s JOIN report_finding_source fs ON fs.source_id = s.id JOIN report_finding f ON f.id = fs.finding_id
        WHERE f.plan_id = ? AND f.year = ? AND f.dismissed = 0`).all(`${year}-01-01`, `${year}-12-31`, planId, year) as Parameters<typeof toSource>[0][])
    .map(toSource);
}

export function loadYearInputs(ctx: ServiceContext, input: {
  plan: Plan; year: number; asOf: string; actions: ActionStatusRow[]; bodies: Body[]; settings: DocumentSettings;
}): YearInputs {
  const { plan, year, asOf } = input;
  const planId = plan.id;
  return {
    revisions: listRevisions(ctx, planId),
    revision: getRevisionStatus(ctx, { planId, asOf }),
    questions: listReportQuestions(ctx, { planId, year }),
    findings: listReportFindings(ctx, { planId, year }),
    ownSources: listReportSources(ctx, { planId, year }),
    registeredSources: registeredSources(ctx, planId, year),
    measures: getMeasureOverview(ctx, { planId, asOf: ctx.today(), year }).measures,
    indicators: getIndicatorSummary(ctx, { year }),
    audits: loadRecommendationData(ctx, asOf),
    silentBodies: silentBodies(ctx, planId, year, asOf, input.actions, input.bodies),
    signer: reportSigner(plan, input.settings),
  };
}
