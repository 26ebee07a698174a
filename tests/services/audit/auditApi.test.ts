import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import type { Session } from '../../../electron/services/api/handlers';
import { browserPlatform } from '../../../electron/web/browserPlatform';
import type { CallName } from '@shared/api/contract';
import type { RecommendationsDue } from '@shared/domain/recommendationsDue';
import type { IndicatorSummary } from '@shared/domain/indicatorSummary';
import type { Action, Audit, AuditDetail, AuditQuestion, Body, Indicator, Recommendation, RecommendationFollowup } from '@shared/domain/types';
import { tableRows, totalRows, withDemoPlan } from '../../helpers/planFile';
import { readZipEntry } from '../../helpers/zipEntry';
import { auditFixture } from './auditFixture';

async function call<T>(session: Session, name: CallName, input: unknown): Promise<T> {
  const result = await dispatch(session, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

/** A refusal: its Swedish message, after checking that nothing at all was written. */
async function refused(session: Session, name: CallName, input: unknown): Promise<string> {
  const file = session.ctx.db;
  const count = (): number => totalRows({ db: file } as Parameters<typeof totalRows>[0]);
  const before = count();
  const undo = await call(session, 'getUndoState', {});
  const result = await dispatch(session, name, input);
  if (result.ok) throw new Error(`${name} was accepted`);
  expect(count(), `${name} wrote something`).toBe(before);
  expect(await call(session, 'getUndoState', {})).toEqual(undo);
  return result.error.message;
}

describe('the audit calls through the API, each write logged and undoable', () => {
  it('registers a granskning with revisionsfrågor, rekommendationer to two nämnder, svar, follow-ups and links', async () => {
    const { session } = withDemoPlan();
    const bodies = await call<Body[]>(session, 'listBodies', {});
    const sn = bodies.find((b) => b.name === 'Socialnämnden')!;
    const von = bodies.find((b) => b.name === 'Vård- och omsorgsnämnden')!;
    const audit = await call<Audit>(session, 'createAudit', {
      title: 'Granskning av våld mot äldre', auditor: 'PwC', reportDate: '2026-11-01', diaryNumber: 'REV 2026/12',
      purpose: 'Att granska…', answerDue: '2026-12-20', auditedBodyIds: [sn.id, von.id],
    });
    expect(audit).toMatchObject({ auditedBodyIds: [sn.id, von.id].sort((a, b) => a - b), answerDue: '2026-12-20' });
    await call(session, 'updateAudit', { id: audit.id, patch: { summaryAssessment: 'Delvis.', auditedBodyIds: [von.id] } });

    const q = await call<AuditQuestion>(session, 'createAuditQuestion', { auditId: audit.id, question: 'Finns rutiner?', assessment: 'nej', motivation: 'Saknas.' });
    await call(session, 'updateAuditQuestion', { id: q.id, patch: { assessment: 'delvis' } });

    const r1 = await call<Recommendation>(session, 'createRecommendation', { auditId: audit.id, text: 'Ta fram en rutin för att fråga om våld.', bodyIds: [sn.id, von.id] });
    const r2 = await call<Recommendation>(session, 'createRecommendation', { auditId: audit.id, text: 'Utbilda personalen i äldreomsorgen.', bodyIds: [von.id] });
    await call(session, 'updateRecommendation', { id: r2.id, patch: { text: 'Utbilda all personal i äldreomsorgen.' } });
    await call(session, 'updateRecommendationResponse', {
      recommendationId: r1.id, bodyId: von.id, patch: { response: 'Nämnden tar fram rutinen.', plannedMeasures: 'Rutin 2027.', responsible: 'MAS', deadline: '2027-03-31' },
    });
    await call(session, 'createRecommendationFollowup', { recommendationId: r1.id, bodyId: von.id, reportedOn: '2026-12-01', status: 'pagaende', comment: 'Utkast klart.' });
    await call(session, 'createRecommendationFollowup', { recommendationId: r1.id, bodyId: von.id, reportedOn: '2027-03-15', status: 'genomford', comment: 'Beslutad.' });
    // An older follow-up entered later is history; the current status follows the newest date.
    await call(session, 'createRecommendationFollowup', { recommendationId: r1.id, bodyId: von.id, reportedOn: '2026-11-20', status: 'ej_paborjad' });
    const history = await call<RecommendationFollowup[]>(session, 'listRecommendationFollowups', { recommendationId: r1.id, bodyId: von.id });
    expect(history.map((f) => [f.reportedOn, f.status])).toEqual([['2027-03-15', 'genomford'], ['2026-12-01', 'pagaende'], ['2026-11-20', 'ej_paborjad']]);

    const [action] = await call<Action[]>(session, 'listActions', {});
    await call(session, 'linkRecommendationAction', { recommendationId: r2.id, actionId: action.id });
    await call(session, 'linkRecommendationAction', { recommendationId: r2.id, actionId: action.id });
    const area = (await call<{ id: number }[]>(session, 'listAreas', {}))[0];
    const created = await call<{ action: Action; recommendation: Recommendation }>(session, 'createActionFromRecommendation', {
      recommendationId: r2.id, bodyId: von.id, areaId: area.id, number: '1.9',
    });
    expect(created.action.responsible).toEqual([{ bodyId: von.id, bodyName: 'Vård- och omsorgsnämnden', role: 'huvudansvarig' }]);
    expect(created.recommendation.actionIds).toEqual([action.id, created.action.id].sort((a, b) => a - b));

    const detail = await call<AuditDetail>(session, 'getAudit', { id: audit.id });
    expect(detail).toMatchObject({ summaryAssessment: 'Delvis.', auditedBodyIds: [von.id], questions: [{ assessment: 'delvis' }] });
    expect(detail.recommendations.map((r) => r.text)).toEqual(['Ta fram en rutin för att fråga om våld.', 'Utbilda all personal i äldreomsorgen.']);
    expect(detail.recommendations[0].addressees.find((a) => a.bodyId === von.id)).toMatchObject({ status: 'genomford', responsible: 'MAS', deadline: '2027-03-31' });

    const due = await call<RecommendationsDue>(session, 'listRecommendationsDue', {});
    expect(due.withinDays).toBe(30);
    expect(due.due.filter((d) => d.auditId === audit.id).map((d) => `${d.bodyName} ${d.recommendationNumber}`))
      .toEqual(['Socialnämnden 1', 'Vård- och omsorgsnämnden 2']);

    const changes = await call<{ entity: string }[]>(session, 'listChanges', { since: '2026-01-01', limit: 5000 });
    for (const entity of ['audit', 'audit_question', 'recommendation', 'recommendation_response', 'recommendation_followup', 'recommendation_action', 'action']) {
      expect(changes.some((c) => c.entity === entity), entity).toBe(true);
    }

    await call(session, 'unlinkRecommendationAction', { recommendationId: r2.id, actionId: action.id });
    await call(session, 'undoLastChange', {});
    expect((await call<AuditDetail>(session, 'getAudit', { id: audit.id })).recommendations[1].actionIds).toContain(action.id);
    await call(session, 'deleteAuditQuestion', { id: q.id });
    await call(session, 'deleteRecommendation', { id: r1.id });
    await call(session, 'deleteAudit', { id: audit.id });
    expect((await call<Audit[]>(session, 'listAudits', {})).some((a) => a.id === audit.id)).toBe(false);
  });

  it('exports the svar as a download in browser mode: base64 of a DOCX', async () => {
    const { session, sn, audit } = auditFixture();
    const result = await call<{ kind: string; fileName: string; mimeType: string; base64: string }>(
      { ...session, platform: browserPlatform }, 'exportAuditResponse', { auditId: audit.id, bodyId: sn.id });
    expect(result).toMatchObject({ kind: 'download', fileName: 'Svar på revisionsrapport – Socialnämnden.docx' });
    expect(readZipEntry(Buffer.from(result.base64, 'base64'), 'word/document.xml')).toContain('Säkerställ att handlingsplanen följs upp årligen.');
  });

  it('exports even when the plan file is open read-only: an export changes nothing', async () => {
    const { session, sn, audit } = auditFixture();
    const result = await dispatch({ ...session, readOnly: true, platform: browserPlatform }, 'exportAuditResponse', { auditId: audit.id, bodyId: sn.id });
    expect(result.ok).toBe(true);
    expect((await dispatch({ ...session, readOnly: true }, 'addIndicatorCatalogue', {})).ok).toBe(false);
  });

  it('gives the indicator summary for a year, and the latest year with values by default', async () => {
    const { session } = withDemoPlan();
    const latest = await call<IndicatorSummary>(session, 'getIndicatorSummary', {});
    expect(latest.year).toBe(2026);
    expect(latest.previousYear).toBe(2025);
    expect(latest.rows).toHaveLength(60);
    const early = await call<IndicatorSummary>(session, 'getIndicatorSummary', { year: 2022 });
    expect(early).toMatchObject({ year: 2022, previousYear: null });
    const indicators = await call<Indicator[]>(session, 'listIndicators', {});
    expect(early.total.answered).toBe(indicators.filter((i) => i.values.some((v) => v.year === 2022)).length);
  });
});

describe('bad input is refused with a Swedish message and nothing is written', () => {
  it('an answer or a follow-up for a nämnd the recommendation is not addressed to', async () => {
    const { session, bun, r1 } = auditFixture();
    expect(await refused(session, 'updateRecommendationResponse', { recommendationId: r1.id, bodyId: bun.id, patch: { response: 'Vi svarar ändå.' } }))
      .toBe('Rekommendationen är inte riktad till Barn- och utbildningsnämnden.');
    expect(await refused(session, 'createRecommendationFollowup', { recommendationId: r1.id, bodyId: bun.id, reportedOn: '2026-11-26', status: 'pagaende' }))
      .toBe('Rekommendationen är inte riktad till Barn- och utbildningsnämnden.');
    expect(await refused(session, 'createActionFromRecommendation', { recommendationId: r1.id, bodyId: bun.id, areaId: 1 }))
      .toBe('Rekommendationen är inte riktad till Barn- och utbildningsnämnden.');
  });

  it('a bedömning or a status outside the lists', async () => {
    const { session, audit, sn, r1 } = auditFixture();
    const q = await call<AuditQuestion>(session, 'createAuditQuestion', { auditId: audit.id, question: 'Finns mål?' });
    expect(await refused(session, 'createAuditQuestion', { auditId: audit.id, question: 'Finns mål?', assessment: 'kanske' }))
      .toBe('Bedömning: måste vara ett av: Ja, Delvis, Nej. Inget har sparats.');
    expect(await refused(session, 'updateAuditQuestion', { id: q.id, patch: { assessment: 'JA' } })).toMatch(/^Bedömning: måste vara ett av: Ja, Delvis, Nej/);
    expect(await refused(session, 'updateRecommendationResponse', { recommendationId: r1.id, bodyId: sn.id, patch: { status: 'klar' } })).toMatch(/^Status: måste vara ett av/);
    expect(await refused(session, 'createRecommendationFollowup', { recommendationId: r1.id, bodyId: sn.id, reportedOn: '2026-13-01', status: 'pagaende' })).toMatch(/^Datum/);
  });

  it('a link to an åtgärd that is not in this plan file, or to a recommendation that is not', async () => {
    const { session, r1 } = auditFixture();
    expect(await refused(session, 'linkRecommendationAction', { recommendationId: r1.id, actionId: 4242 }))
      .toBe('Åtgärden finns inte i den här planfilen (id 4242).');
    expect(await refused(session, 'linkRecommendationAction', { recommendationId: 4242, actionId: 1 })).toBe('Rekommendationen finns inte (id 4242).');
  });

  it('a granskning without a title, a recommendation to no nämnd or to an unknown one', async () => {
    const { session, file, audit } = auditFixture();
    expect(await refused(session, 'createAudit', { title: '  ' })).toBe('Titel: måste fyllas i. Inget har sparats.');
    expect(await refused(session, 'createRecommendation', { auditId: audit.id, text: 'Gör något.', bodyIds: [] })).toBe('Riktas till: måste ha minst en rad. Inget har sparats.');
    expect(await refused(session, 'createRecommendation', { auditId: audit.id, text: 'Gör något.', bodyIds: [777] })).toBe('Okänd nämnd (id 777).');
    expect(await refused(session, 'createAudit', { title: 'X', auditedBodyIds: [777] })).toBe('Okänd nämnd (id 777).');
    expect(tableRows(file, 'audit')).toHaveLength(1);
  });
});
