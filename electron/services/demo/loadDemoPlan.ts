import demoJson from '../../../resources/demo/demo-plan.json';
import type { ServiceContext } from '../context';
import { inTransaction } from '../records';
import { createBody } from '../plan/bodies';
import { createSource } from '../plan/sources';
import { createPlan } from '../plan/plans';
import { updateSettings } from '../settings/documentSettings';
import { createArea } from '../plan/areas';
import { createAction } from '../plan/actions';
import { createStatusReport } from '../plan/statusReports';
import { createAudit } from '../audit/audits';
import { createAuditQuestion } from '../audit/auditQuestions';
import { createRecommendation, linkRecommendationAction, updateRecommendationResponse } from '../audit/recommendations';
import { createIndicator, setIndicatorValue } from '../indicator/indicators';
import { addIndicatorCatalogue, OJ_CATALOGUE, OJ_ORIGIN } from '../indicator/indicatorCatalogue';
import { demoSchema } from './demoSchema';

export const demoPlan = demoSchema.parse(demoJson);

function lookup<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo-plan.json: okänd ${what} "${key}"`);
  return value;
}

/**
 * Writes the demo plan (resources/demo/demo-plan.json) through the ordinary services, so it is
 * validated and change-logged like anything a user enters. One transaction: all or nothing.
 */
export function loadDemoPlan(ctx: ServiceContext): number {
  return inTransaction(ctx, () => {
    const bodyIds = new Map(demoPlan.bodies.map((b) => [b.key, createBody(ctx, { name: b.name, kind: b.kind, active: true }).id]));
    const sourceIds = new Map(demoPlan.sources.map((s) => [s.key, createSource(ctx, {
      title: s.title, publisher: s.publisher ?? '', publishedOn: s.publishedOn ?? null, reference: s.reference ?? '', url: '',
    }).id]));
    const plan = createPlan(ctx, demoPlan.plan);
    // The kommun's name for covers and svar; who writes them is asked at the first export.
    updateSettings(ctx, { municipality: demoPlan.plan.municipality });
    const actionIds = new Map<string, number>();
    for (const areaData of demoPlan.areas) {
      const area = createArea(ctx, { planId: plan.id, name: areaData.name, description: areaData.description });
      for (const a of areaData.actions) {
        const action = createAction(ctx, {
          areaId: area.id, number: a.number, title: a.title, description: a.description,
          proposedMeasures: a.proposedMeasures ?? '', startDate: a.startDate ?? null, deadline: a.deadline ?? null,
          indicatorText: a.indicatorText ?? '',
          responsible: a.responsible.map((key, index) => ({
            bodyId: lookup(bodyIds, key, 'nämnd'), role: index === 0 ? 'huvudansvarig' as const : 'medansvarig' as const,
          })),
        });
        actionIds.set(a.number, action.id);
        for (const r of a.reports) {
          createStatusReport(ctx, {
            actionId: action.id, reportedOn: r.reportedOn, status: r.status, assessment: r.assessment ?? null, comment: r.comment,
            sourceId: r.sourceKey ? lookup(sourceIds, r.sourceKey, 'källa') : null, period: r.period, reportedBy: r.reportedBy,
            bodyId: r.bodyKey ? lookup(bodyIds, r.bodyKey, 'nämnd') : null,
          });
        }
      }
    }
    const a = demoPlan.audit;
    const audit = createAudit(ctx, {
      title: a.title, auditor: a.auditor, reportDate: a.reportDate, diaryNumber: a.diaryNumber, purpose: a.purpose,
      summaryAssessment: a.summaryAssessment, answerDue: a.answerDue,
      auditedBodyIds: a.auditedBodyKeys.map((key) => lookup(bodyIds, key, 'nämnd')),
    });
    for (const q of a.questions) createAuditQuestion(ctx, { auditId: audit.id, ...q });
    for (const rec of a.recommendations) {
      const created = createRecommendation(ctx, {
        auditId: audit.id, text: rec.text, bodyIds: rec.bodies.map((b) => lookup(bodyIds, b.bodyKey, 'nämnd')),
      });
      for (const b of rec.bodies) {
        updateRecommendationResponse(ctx, {
          recommendationId: created.id, bodyId: lookup(bodyIds, b.bodyKey, 'nämnd'),
          patch: {
            response: b.response ?? '', plannedMeasures: b.plannedMeasures ?? '', responsible: b.responsible ?? '',
            deadline: b.deadline ?? null, status: b.status,
          },
        });
      }
      for (const number of rec.actionNumbers ?? []) {
        linkRecommendationAction(ctx, { recommendationId: created.id, actionId: lookup(actionIds, number, 'åtgärd') });
      }
    }
    const catalogue = new Map(OJ_CATALOGUE.indicators.map((i) => [i.code, i]));
    for (const demoIndicator of demoPlan.indicators) {
      const entry = lookup(catalogue, demoIndicator.code, 'indikator');
      const indicator = createIndicator(ctx, { ...entry, origin: OJ_ORIGIN });
      for (const v of demoIndicator.values) {
        setIndicatorValue(ctx, { indicatorId: indicator.id, year: v.year, score: v.score, comment: v.comment ?? '' });
      }
    }
    // The rest of the ÖJ catalogue, unanswered: what a kommun starts from.
    addIndicatorCatalogue(ctx);
    return plan.id;
  });
}
