import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import type { Session } from '../../../electron/services/api/handlers';
import type { CallName } from '../../../shared/api/contract';
import { createTestPlanFile, tableRows, totalRows, withDemoPlan } from '../../helpers/planFile';

/** Calls through the same entry IPC and HTTP use, and insists on success. */
function call<T = any>(session: Session, name: CallName, input: unknown): T { // eslint-disable-line @typescript-eslint/no-explicit-any
  const result = dispatch(session, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

function refusal(session: Session, name: CallName, input: unknown): string {
  const result = dispatch(session, name, input);
  if (result.ok) throw new Error(`${name} was accepted`);
  return result.error.message;
}

function changeCount(session: Session): number {
  return call<unknown[]>(session, 'listChanges', { since: '2000-01-01', limit: 5000 }).length;
}

describe('create, read, update and delete for every record, each write logged', () => {
  it('plans, områden (with reordering), nämnder, åtgärder, status reports and källor', () => {
    const { session } = createTestPlanFile();
    const plan = call(session, 'createPlan', { name: 'Plan 2025–2028', periodStart: 2025, periodEnd: 2028 });
    expect(call(session, 'updatePlan', { id: plan.id, patch: { diaryNumber: 'KS 2025/9' } }).diaryNumber).toBe('KS 2025/9');
    expect(refusal(session, 'updatePlan', { id: plan.id, patch: { periodEnd: 2020 } })).toBe('Period till kan inte vara före period från.');

    const a1 = call(session, 'createArea', { planId: plan.id, name: 'Information' });
    const a2 = call(session, 'createArea', { planId: plan.id, name: 'Samordning' });
    call(session, 'updateArea', { id: a2.id, patch: { position: 0, name: 'Samordning och styrning' } });
    expect(call<{ name: string }[]>(session, 'listAreas', { planId: plan.id }).map((a) => a.name)).toEqual(['Samordning och styrning', 'Information']);

    const body = call(session, 'createBody', { name: 'Socialnämnden', kind: 'namnd' });
    expect(call(session, 'updateBody', { id: body.id, patch: { active: false } }).active).toBe(false);

    const source = call(session, 'createSource', { title: 'Protokoll SN § 12', publishedOn: '2025-03-01' });
    call(session, 'updateSource', { id: source.id, patch: { reference: 'SN 2025/3' } });

    const action = call(session, 'createAction', { areaId: a1.id, title: 'Information på fler språk', responsible: [{ bodyId: body.id, role: 'huvudansvarig' }] });
    expect(call(session, 'getAction', { id: action.id }).title).toBe('Information på fler språk');
    call(session, 'updateAction', { id: action.id, patch: { deadline: '2026-12-31' } });
    const report = call(session, 'createStatusReport', { actionId: action.id, reportedOn: '2025-04-30', status: 'pagaende', sourceId: source.id, bodyId: body.id });
    expect(call<{ sourceTitle: string }[]>(session, 'listStatusReports', { actionId: action.id })[0].sourceTitle).toBe('Protokoll SN § 12');
    expect(refusal(session, 'deleteBody', { id: body.id })).toMatch(/kan inte tas bort/);

    const logged = changeCount(session);
    call(session, 'deleteStatusReport', { id: report.id });
    call(session, 'deleteSource', { id: source.id });
    call(session, 'deleteAction', { id: action.id });
    call(session, 'deleteBody', { id: body.id });
    call(session, 'deleteArea', { id: a1.id });
    call(session, 'deletePlan', { id: plan.id });
    expect(changeCount(session)).toBe(logged + 6);
    expect(call<unknown[]>(session, 'listPlans', {})).toEqual([]);
  });

  it('granskningar, revisionsfrågor, rekommendationer, svar, follow-ups and links to åtgärder', () => {
    const { session, file } = withDemoPlan();
    const bodies = call<{ id: number; name: string }[]>(session, 'listBodies', {});
    const sn = bodies.find((b) => b.name === 'Socialnämnden')!;
    const ks = bodies.find((b) => b.name === 'Kommunstyrelsen')!;
    const audit = call(session, 'createAudit', { title: 'Granskning av skyddat boende', reportDate: '2026-10-01', answerDue: '2026-12-15', auditedBodyIds: [sn.id, ks.id] });
    const question = call(session, 'createAuditQuestion', { auditId: audit.id, question: 'Finns rutiner?', assessment: 'delvis' });
    call(session, 'updateAuditQuestion', { id: question.id, patch: { assessment: 'nej', motivation: 'Rutinerna saknas.' } });
    const rec = call(session, 'createRecommendation', { auditId: audit.id, text: 'Ta fram en rutin.', bodyIds: [sn.id] });
    expect(refusal(session, 'updateRecommendationResponse', { recommendationId: rec.id, bodyId: ks.id, patch: { response: 'Vi gör det.' } }))
      .toBe('Rekommendationen är inte riktad till Kommunstyrelsen.');
    call(session, 'updateRecommendationResponse', { recommendationId: rec.id, bodyId: sn.id, patch: { response: 'Nämnden tar fram en rutin.', deadline: '2027-03-31' } });
    call(session, 'createRecommendationFollowup', { recommendationId: rec.id, bodyId: sn.id, reportedOn: '2026-11-01', status: 'pagaende', comment: 'Utkast finns.' });
    const action = call<{ id: number }[]>(session, 'listActions', {})[0];
    call(session, 'linkRecommendationAction', { recommendationId: rec.id, actionId: action.id });
    expect(refusal(session, 'linkRecommendationAction', { recommendationId: rec.id, actionId: 99999 })).toMatch(/finns inte i den här planfilen/);
    expect(refusal(session, 'updateAuditQuestion', { id: question.id, patch: { assessment: 'kanske' } })).toMatch(/Bedömning: måste vara ett av: Ja, Delvis, Nej/);

    const detail = call(session, 'getAudit', { id: audit.id });
    expect(detail.questions[0]).toMatchObject({ assessment: 'nej', motivation: 'Rutinerna saknas.' });
    expect(detail.recommendations[0].addressees[0]).toMatchObject({ bodyName: 'Socialnämnden', response: 'Nämnden tar fram en rutin.', status: 'pagaende' });
    expect(detail.recommendations[0].actionIds).toEqual([action.id]);
    expect(call<unknown[]>(session, 'listRecommendationFollowups', { recommendationId: rec.id, bodyId: sn.id })).toHaveLength(1);

    call(session, 'updateRecommendation', { id: rec.id, patch: { bodyIds: [sn.id, ks.id] } });
    call(session, 'unlinkRecommendationAction', { recommendationId: rec.id, actionId: action.id });
    call(session, 'deleteAuditQuestion', { id: question.id });
    call(session, 'deleteRecommendation', { id: rec.id });
    call(session, 'updateAudit', { id: audit.id, patch: { summaryAssessment: 'Brister finns.' } });
    call(session, 'deleteAudit', { id: audit.id });
    expect(tableRows(file, 'recommendation_followup').length).toBe(0);
  });

  it('indicators with yearly Ja/Delvis/Nej values, and the strateg’s report texts', () => {
    const { session, file } = createTestPlanFile();
    const indicator = call(session, 'createIndicator', { code: 'EGEN-1', text: 'Andel medarbetare som fått utbildning', nationalShareYes: null });
    call(session, 'setIndicatorValue', { indicatorId: indicator.id, year: 2025, score: 1 });
    call(session, 'setIndicatorValue', { indicatorId: indicator.id, year: 2025, score: 2, comment: 'Alla enheter.' });
    const before = totalRows(file);
    expect(refusal(session, 'setIndicatorValue', { indicatorId: indicator.id, year: 2026, score: 3 })).toMatch(/Värde/);
    expect(refusal(session, 'createIndicator', { code: 'EGEN-1', text: 'Dubblett' })).toMatch(/redan en indikator/);
    expect(totalRows(file)).toBe(before);
    expect(call<{ values: unknown[] }[]>(session, 'listIndicators', {})[0].values).toEqual([{ indicatorId: indicator.id, year: 2025, score: 2, comment: 'Alla enheter.' }]);
    call(session, 'updateIndicator', { id: indicator.id, patch: { nationalShareYes: 40 } });
    call(session, 'deleteIndicatorValue', { indicatorId: indicator.id, year: 2025 });
    call(session, 'deleteIndicator', { id: indicator.id });

    const plan = call(session, 'createPlan', { name: 'Plan' });
    call(session, 'saveReportText', { planId: plan.id, year: 2026, key: 'sammanfattning', text: 'Första utkast.' });
    call(session, 'saveReportText', { planId: plan.id, year: 2026, key: 'sammanfattning', text: 'Andra utkast.' });
    expect(call<{ text: string }[]>(session, 'listReportTexts', { planId: plan.id, year: 2026 }).map((t) => t.text)).toEqual(['Andra utkast.']);
    const history = call<{ oldValue: string; newValue: string; operation: string }[]>(session, 'listChanges', { since: '2000-01-01', planId: plan.id });
    expect(history.find((c) => c.operation === 'update')).toMatchObject({ oldValue: 'Första utkast.', newValue: 'Andra utkast.' });
  });
});
