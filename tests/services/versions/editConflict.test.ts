import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import type { Session } from '../../../electron/services/api/session';
import { createContext } from '../../../electron/services/context';
import type { Action, Plan } from '@shared/domain/types';
import type { ReportQuestion } from '@shared/domain/reportQuestion';
import type { ReportEditor } from '@shared/report/model';
import type { Caller } from '@shared/domain/users';
import type { Result } from '@shared/errors';
import { contentHash } from '../../helpers/dbContent';
import { sessionFor, withDemoPlan } from '../../helpers/planFile';
import { TODAY } from '../../helpers/today';

/**
 * Concurrent edits lose nothing (issue 17): two people, A and B, each with their own session on the
 * same plan file, as the server gives them. Each save carries the version the form loaded.
 */
const anna: Caller = { userId: 1, name: 'Anna Lind', role: 'admin', bodyIds: [] };
const bo: Caller = { userId: 2, name: 'Bo Berg', role: 'admin', bodyIds: [] };

function twoPeople(): { a: Session; b: Session; db: import('better-sqlite3').Database } {
  const { file } = withDemoPlan();
  // A at 10:42 today, B a minute later: their own clocks, one file.
  const session = (caller: Caller, time: string) => ({ ...sessionFor(file, createContext(file.db, 'os-user', () => new Date(`${TODAY}T${time}`), 'server', TODAY)), caller });
  return { a: session(anna, '10:42:00'), b: session(bo, '10:43:00'), db: file.db };
}

async function value<T>(result: Promise<Result<unknown>>): Promise<T> {
  const answer = await result;
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as T;
}

describe('row versions: a save from an older copy is refused with the other person’s change', () => {
  it('A and B load an åtgärd, A saves, B’s save with the old version is refused and changes nothing; B saves again with the new version', async () => {
    const { a, b, db } = twoPeople();
    const loadedByA = await value<Action>(dispatch(a, 'getAction', { id: 1 }));
    const loadedByB = await value<Action>(dispatch(b, 'getAction', { id: 1 }));
    expect(loadedByB.version).toBe(loadedByA.version);

    const saved = await value<Action>(dispatch(a, 'updateAction', { id: 1, version: loadedByA.version, patch: { title: 'Annas rubrik' } }));
    expect(saved.version).toBeGreaterThan(loadedByA.version);

    const before = contentHash(db);
    const refused = await dispatch(b, 'updateAction', { id: 1, version: loadedByB.version, patch: { title: 'Bos rubrik', deadline: '2031-01-01' } });
    expect(refused).toEqual({
      ok: false,
      error: {
        kind: 'conflict',
        message: 'Ändrad av Anna Lind 10:42 – din ändring har inte sparats.',
        edit: { by: 'Anna Lind', at: new Date(`${TODAY}T10:42:00`).toISOString(), version: saved.version, theirs: { title: 'Annas rubrik', deadline: loadedByA.deadline } },
      },
    });
    expect(contentHash(db)).toBe(before);

    const merged = await value<Action>(dispatch(b, 'updateAction', { id: 1, version: saved.version, patch: { title: 'Annas och Bos rubrik' } }));
    expect(merged).toMatchObject({ title: 'Annas och Bos rubrik' });
    expect(merged.version).toBeGreaterThan(saved.version);
  });

  it('names the date too when the other save was not today', async () => {
    const { a, b } = twoPeople();
    const plan = await value<Plan>(dispatch(a, 'getPlan', { id: 1 }));
    const yesterday = { ...a, ctx: { ...a.ctx, now: () => '2020-03-04T09:15:00.000Z' } };
    await value(dispatch(yesterday, 'updatePlan', { id: 1, version: plan.version, patch: { diaryNumber: 'KS 2020/7' } }));
    const refused = await dispatch(b, 'updatePlan', { id: 1, version: plan.version, patch: { diaryNumber: 'KS 2026/1' } });
    expect(refused).toMatchObject({ ok: false, error: { message: `Ändrad av Anna Lind ${'2020-03-04'} ${new Date('2020-03-04T09:15:00.000Z').toTimeString().slice(0, 5)} – din ändring har inte sparats.`,
      edit: { theirs: { diaryNumber: 'KS 2020/7' } } } });
  });

  it('without a version the save is made as before (the desktop, the CLI)', async () => {
    const { a, b } = twoPeople();
    await value(dispatch(a, 'updateAction', { id: 1, patch: { title: 'Annas rubrik' } }));
    expect(await dispatch(b, 'updateAction', { id: 1, patch: { title: 'Bos rubrik' } })).toMatchObject({ ok: true, value: { title: 'Bos rubrik' } });
  });

  it('a record not saved yet has version 0: the first save wins and the second is refused', async () => {
    const { a, b } = twoPeople();
    const year = Number(TODAY.slice(0, 4));
    const [standard] = await value<ReportQuestion[]>(dispatch(a, 'listReportQuestions', { planId: 1, year }));
    expect(standard).toMatchObject({ id: null, version: 0 });
    const answer = { planId: 1, year, areaId: standard.areaId, id: null, question: null, version: 0 };
    await value(dispatch(a, 'updateReportQuestion', { ...answer, assessment: 'ja', motivation: 'Annas motivering.' }));
    expect(await dispatch(b, 'updateReportQuestion', { ...answer, assessment: 'nej', motivation: 'Bos motivering.' }))
      .toMatchObject({ ok: false, error: { kind: 'conflict', edit: { by: 'Anna Lind', theirs: { assessment: 'ja', motivation: 'Annas motivering.' } } } });
  });

  it('the report editor hands out the version of each text, question and iakttagelse, and a text saved from the editor\'s old copy is refused', async () => {
    const { a, b } = twoPeople();
    const year = Number(TODAY.slice(0, 4));
    const request = { kind: 'arsrapport' as const, planId: 1, year };
    const editor = await value<ReportEditor>(dispatch(a, 'getReportDefaults', request));
    const field = editor.fields.find((f) => f.kind === 'text')!;
    expect(field.version).toBe(0);
    expect(editor.questions.every((q) => typeof q.version === 'number')).toBe(true);
    expect(editor.findings.every((f) => typeof f.version === 'number')).toBe(true);
    await value(dispatch(a, 'saveReportText', { planId: 1, year, key: field.key, text: 'Annas text.', version: field.version }));
    const after = await value<ReportEditor>(dispatch(a, 'getReportDefaults', request));
    expect(after.fields.find((f) => f.key === field.key)).toMatchObject({ savedText: 'Annas text.', version: 1 });
    expect(await dispatch(b, 'saveReportText', { planId: 1, year, key: field.key, text: 'Bos text.', version: field.version }))
      .toMatchObject({ ok: false, error: { kind: 'conflict', edit: { by: 'Anna Lind', theirs: { text: 'Annas text.' } } } });
  });

  it('a nämnd’s answer to a recommendation and its svar: keyed by recommendation or granskning and nämnd', async () => {
    const { a, b, db } = twoPeople();
    const { recommendation_id: recommendationId, body_id: bodyId, audit_id: auditId } = db.prepare(`SELECT rb.recommendation_id, rb.body_id, r.audit_id
      FROM recommendation_body rb JOIN recommendation r ON r.id = rb.recommendation_id ORDER BY rb.id LIMIT 1`).get() as
      { recommendation_id: number; body_id: number; audit_id: number };
    const detail = await value<{ recommendations: { id: number; addressees: { bodyId: number; version: number }[] }[] }>(dispatch(a, 'getAudit', { id: auditId }));
    const loaded = detail.recommendations.find((r) => r.id === recommendationId)!.addressees.find((r) => r.bodyId === bodyId)!;
    const answer = { recommendationId, bodyId, version: loaded.version };
    await value(dispatch(a, 'updateRecommendationResponse', { ...answer, patch: { response: 'Annas svar.' } }));
    expect(await dispatch(b, 'updateRecommendationResponse', { ...answer, patch: { response: 'Bos svar.' } }))
      .toMatchObject({ ok: false, error: { kind: 'conflict', edit: { by: 'Anna Lind', theirs: { response: 'Annas svar.' } } } });

    const draft = await value<{ version: number }>(dispatch(a, 'getAuditResponse', { auditId, bodyId }));
    const svar = { auditId, bodyId, version: draft.version };
    await value(dispatch(a, 'saveAuditResponse', { ...svar, patch: { summary: 'Annas sammanfattning.' } }));
    expect(await dispatch(b, 'saveAuditResponse', { ...svar, patch: { summary: 'Bos sammanfattning.' } }))
      .toMatchObject({ ok: false, error: { kind: 'conflict', edit: { by: 'Anna Lind', theirs: { summary: 'Annas sammanfattning.' } } } });
  });

  it('status reports and utfall are additions: they take no version and never conflict', async () => {
    const { a, b } = twoPeople();
    const report = { actionId: 1, reportedOn: TODAY, status: 'pagaende', comment: 'Arbetet pågår.' };
    expect(await dispatch(a, 'createStatusReport', report)).toMatchObject({ ok: true });
    expect(await dispatch(b, 'createStatusReport', report)).toMatchObject({ ok: true });
    expect(await dispatch(b, 'createStatusReport', { ...report, version: 1 })).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });

  it('undo restores the old values and still raises the version, so a form holding the undone version is refused', async () => {
    const { a } = twoPeople();
    const loaded = await value<Action>(dispatch(a, 'getAction', { id: 1 }));
    const saved = await value<Action>(dispatch(a, 'updateAction', { id: 1, version: loaded.version, patch: { title: 'Annas rubrik' } }));
    await value(dispatch(a, 'undoLastChange', {}));
    const undone = await value<Action>(dispatch(a, 'getAction', { id: 1 }));
    expect(undone.title).toBe(loaded.title);
    expect(undone.version).toBeGreaterThan(saved.version);
    expect(await dispatch(a, 'updateAction', { id: 1, version: saved.version, patch: { title: 'Igen' } })).toMatchObject({ ok: false, error: { kind: 'conflict' } });
  });
});
