import { createTestPlanFile } from '../../helpers/planFile';
import { createBody } from '../../../electron/services/plan/bodies';
import { createPlan } from '../../../electron/services/plan/plans';
import { createArea } from '../../../electron/services/plan/areas';
import { createAudit } from '../../../electron/services/audit/audits';
import { createRecommendation } from '../../../electron/services/audit/recommendations';

/**
 * A small plan file with one granskning and two recommendations: one to Socialnämnden and
 * Kommunstyrelsen, one to Socialnämnden only. Answers are due 2026-12-10 (TODAY is 2026-11-26).
 */
export function auditFixture() {
  const test = createTestPlanFile();
  const { ctx } = test;
  const sn = createBody(ctx, { name: 'Socialnämnden', kind: 'namnd', active: true });
  const ks = createBody(ctx, { name: 'Kommunstyrelsen', kind: 'styrelse', active: true });
  const bun = createBody(ctx, { name: 'Barn- och utbildningsnämnden', kind: 'namnd', active: true });
  const plan = createPlan(ctx, {
    name: 'Handlingsplan 2025–2028', municipality: 'Åsbacka kommun', periodStart: 2025, periodEnd: 2028, decidedBy: '', decidedOn: null,
    diaryNumber: '', overallGoal: '', revisionIntervalYears: null, followUpRhythm: 'år',
  });
  const area = createArea(ctx, { planId: plan.id, name: 'Samordning', description: '' });
  const audit = createAudit(ctx, {
    title: 'Granskning av arbetet mot våld i nära relationer', auditor: 'KPMG på uppdrag av revisorerna', reportDate: '2026-10-15',
    diaryNumber: 'REV 2026/4', purpose: 'Att bedöma om styrningen är ändamålsenlig.', summaryAssessment: 'Delvis ändamålsenlig styrning.',
    answerDue: '2026-12-10', auditedBodyIds: [sn.id, ks.id],
  });
  const r1 = createRecommendation(ctx, { auditId: audit.id, text: 'Säkerställ att handlingsplanen följs upp årligen. Redovisa resultatet för nämnden.', bodyIds: [sn.id, ks.id] });
  const r2 = createRecommendation(ctx, { auditId: audit.id, text: 'Systematiskt kartlägga våldet i kommunen & analysera <resultatet>.', bodyIds: [sn.id] });
  return { ...test, sn, ks, bun, plan, area, audit, r1, r2 };
}
