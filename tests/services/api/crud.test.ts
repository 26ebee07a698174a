import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import type { Session } from '../../../electron/services/api/handlers';
import type { CallName } from '@shared/api/contract';
import { createTestPlanFile, tableRows, totalRows, withDemoPlan } from '../../helpers/planFile';

/** Calls through the same entry IPC and HTTP use, and insists on success. */
async function call<T = any>(session: Session, name: CallName, input: unknown): Promise<T> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const result = await dispatch(session, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

async function refusal(session: Session, name: CallName, input: unknown): Promise<string> {
  const result = await dispatch(session, name, input);
  if (result.ok) throw new Error(`${name} was accepted`);
  return result.error.message;
}

async function changeCount(session: Session): Promise<number> {
  return (await call<unknown[]>(session, 'listChanges', { since: '2000-01-01', limit: 5000 })).length;
}

describe('create, read, update and delete for every record, each write logged', () => {
  it('plans, områden (with reordering), nämnder, åtgärder, status reports and källor', async () => {
    const { session } = createTestPlanFile();
    const plan = (await call(session, 'createPlan', { name: 'Plan 2025–2028', periodStart: 2025, periodEnd: 2028 }));
    expect((await call(session, 'updatePlan', { id: plan.id, patch: { diaryNumber: 'KS 2025/9' } })).diaryNumber).toBe('KS 2025/9');
    expect((await refusal(session, 'updatePlan', { id: plan.id, patch: { periodEnd: 2020 } }))).toBe('Period till kan inte vara före period från.');

    const a1 = (await call(session, 'createArea', { planId: plan.id, name: 'Information' }));
    const a2 = (await call(session, 'createArea', { planId: plan.id, name: 'Samordning' }));
    await call(session, 'updateArea', { id: a2.id, patch: { position: 0, name: 'Samordning och styrning' } });
    expect((await call<{ name: string }[]>(session, 'listAreas', { planId: plan.id })).map((a) => a.name)).toEqual(['Samordning och styrning', 'Information']);

    const body = (await call(session, 'createBody', { name: 'Socialnämnden', kind: 'namnd' }));
    expect((await call(session, 'updateBody', { id: body.id, patch: { active: false } })).active).toBe(false);

    const source = (await call(session, 'createSource', { title: 'Protokoll SN § 12', publishedOn: '2025-03-01' }));
    await call(session, 'updateSource', { id: source.id, patch: { reference: 'SN 2025/3' } });

    const action = (await call(session, 'createAction', { areaId: a1.id, title: 'Information på fler språk', responsible: [{ bodyId: body.id, role: 'huvudansvarig' }] }));
    expect((await call(session, 'getAction', { id: action.id })).title).toBe('Information på fler språk');
    await call(session, 'updateAction', { id: action.id, patch: { deadline: '2026-12-31' } });
    const report = (await call(session, 'createStatusReport', { actionId: action.id, reportedOn: '2025-04-30', status: 'pagaende', sourceId: source.id, bodyId: body.id }));
    expect((await call<{ sourceTitle: string }[]>(session, 'listStatusReports', { actionId: action.id }))[0].sourceTitle).toBe('Protokoll SN § 12');
    expect((await refusal(session, 'deleteBody', { id: body.id }))).toMatch(/kan inte tas bort/);

    const logged = (await changeCount(session));
    await call(session, 'deleteStatusReport', { id: report.id });
    await call(session, 'deleteSource', { id: source.id });
    await call(session, 'deleteAction', { id: action.id });
    await call(session, 'deleteBody', { id: body.id });
    await call(session, 'deleteArea', { id: a1.id });
    await call(session, 'deletePlan', { id: plan.id });
    expect((await changeCount(session))).toBe(logged + 6);
    expect((await call<unknown[]>(session, 'listPlans', {}))).toEqual([]);
  });

  it('granskningar, revisionsfrågor, rekommendationer, svar, follow-ups and links to åtgärder', async () => {
    const { session, file } = withDemoPlan();
    const bodies = (await call<{ id: number; name: string }[]>(session, 'listBodies', {}));
    const sn = bodies.find((b) => b.name === 'Socialnämnden')!;
    const ks = bodies.find((b) => b.name === 'Kommunstyrelsen')!;
    const audit = (await call(session, 'createAudit', { title: 'Granskning av skyddat boende', reportDate: '2026-10-01', answerDue: '2026-12-15', auditedBodyIds: [sn.id, ks.id] }));
    const question = (await call(session, 'createAuditQuestion', { auditId: audit.id, question: 'Finns rutiner?', assessment: 'delvis' }));
    await call(session, 'updateAuditQuestion', { id: question.id, patch: { assessment: 'nej', motivation: 'Rutinerna saknas.' } });
    const rec = (await call(session, 'createRecommendation', { auditId: audit.id, text: 'Ta fram en rutin.', bodyIds: [sn.id] }));
    expect((await refusal(session, 'updateRecommendationResponse', { recommendationId: rec.id, bodyId: ks.id, patch: { response: 'Vi gör det.' } })))
      .toBe('Rekommendationen är inte riktad till Kommunstyrelsen.');
    await call(session, 'updateRecommendationResponse', { recommendationId: rec.id, bodyId: sn.id, patch: { response: 'Nämnden tar fram en rutin.', deadline: '2027-03-31' } });
    await call(session, 'createRecommendationFollowup', { recommendationId: rec.id, bodyId: sn.id, reportedOn: '2026-11-01', status: 'pagaende', comment: 'Utkast finns.' });
    const action = (await call<{ id: number }[]>(session, 'listActions', {}))[0];
    await call(session, 'linkRecommendationAction', { recommendationId: rec.id, actionId: action.id });
    expect((await refusal(session, 'linkRecommendationAction', { recommendationId: rec.id, actionId: 99999 }))).toMatch(/finns inte i den här planfilen/);
    expect((await refusal(session, 'updateAuditQuestion', { id: question.id, patch: { assessment: 'kanske' } }))).toMatch(/Bedömning: måste vara ett av: Ja, Delvis, Nej/);

    const detail = (await call(session, 'getAudit', { id: audit.id }));
    expect(detail.questions[0]).toMatchObject({ assessment: 'nej', motivation: 'Rutinerna saknas.' });
    expect(detail.recommendations[0].addressees[0]).toMatchObject({ bodyName: 'Socialnämnden', response: 'Nämnden tar fram en rutin.', status: 'pagaende' });
    expect(detail.recommendations[0].actionIds).toEqual([action.id]);
    expect((await call<unknown[]>(session, 'listRecommendationFollowups', { recommendationId: rec.id, bodyId: sn.id }))).toHaveLength(1);

    await call(session, 'updateRecommendation', { id: rec.id, patch: { bodyIds: [sn.id, ks.id] } });
    await call(session, 'unlinkRecommendationAction', { recommendationId: rec.id, actionId: action.id });
    await call(session, 'deleteAuditQuestion', { id: question.id });
    await call(session, 'deleteRecommendation', { id: rec.id });
    await call(session, 'updateAudit', { id: audit.id, patch: { summaryAssessment: 'Brister finns.' } });
    await call(session, 'deleteAudit', { id: audit.id });
    expect(tableRows(file, 'recommendation_followup').length).toBe(0);
  });

  it('indicators with yearly Ja/Delvis/Nej values, and the strateg’s report texts', async () => {
    const { session, file } = createTestPlanFile();
    const indicator = (await call(session, 'createIndicator', { code: 'EGEN-1', text: 'Andel medarbetare som fått utbildning', nationalShareYes: null }));
    await call(session, 'setIndicatorValue', { indicatorId: indicator.id, year: 2025, score: 1 });
    await call(session, 'setIndicatorValue', { indicatorId: indicator.id, year: 2025, score: 2, comment: 'Alla enheter.' });
    const before = totalRows(file);
    expect((await refusal(session, 'setIndicatorValue', { indicatorId: indicator.id, year: 2026, score: 3 }))).toMatch(/Värde/);
    expect((await refusal(session, 'createIndicator', { code: 'EGEN-1', text: 'Dubblett' }))).toMatch(/redan en indikator/);
    expect(totalRows(file)).toBe(before);
    expect((await call<{ values: unknown[] }[]>(session, 'listIndicators', {}))[0].values).toEqual([{ indicatorId: indicator.id, year: 2025, score: 2, value: null, comment: 'Alla enheter.' }]);
    await call(session, 'updateIndicator', { id: indicator.id, patch: { nationalShareYes: 40 } });
    await call(session, 'deleteIndicatorValue', { indicatorId: indicator.id, year: 2025 });
    await call(session, 'deleteIndicator', { id: indicator.id });

    const plan = (await call(session, 'createPlan', { name: 'Plan' }));
    await call(session, 'saveReportText', { planId: plan.id, year: 2026, key: 'sammanfattning', text: 'Första utkast.' });
    await call(session, 'saveReportText', { planId: plan.id, year: 2026, key: 'sammanfattning', text: 'Andra utkast.' });
    expect((await call<{ text: string }[]>(session, 'listReportTexts', { planId: plan.id, year: 2026 })).map((t) => t.text)).toEqual(['Andra utkast.']);
    const history = (await call<{ oldValue: string; newValue: string; operation: string }[]>(session, 'listChanges', { since: '2000-01-01', planId: plan.id }));
    expect(history.find((c) => c.operation === 'update')).toMatchObject({ oldValue: 'Första utkast.', newValue: 'Andra utkast.' });
  });
});
