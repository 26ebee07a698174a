import { describe, expect, it } from 'vitest';
import { tableRows, withDemoPlan } from '../../helpers/planFile';
import { call, refusal } from '../import/importHelpers';

const OWN = 'Finns ändamålsenliga och aktuella kartläggningar av förekomsten av våld i nära relationer?';

async function demo() {
  const t = withDemoPlan();
  const areas = await call(t.session, 'listAreas', { planId: 1 });
  return { ...t, areas, key: { planId: 1, year: 2026, areaId: areas[0].id } };
}

describe('Vår bedömning: questions per område and year', () => {
  it('every område starts with the standard question, answered by the rule, and nothing is written for it', async () => {
    const { session, file, areas } = await demo();
    const questions = await call(session, 'listReportQuestions', { planId: 1, year: 2026 });
    expect(questions).toHaveLength(areas.length);
    expect(questions[0]).toEqual({ id: null, planId: 1, areaId: areas[0].id, year: 2026, position: 0, followsRule: true, question: null, assessment: null, motivation: null, version: 0 });
    expect(tableRows(file, 'report_question')).toEqual([]);
  });

  it('adding a question keeps the standard one, editing, removing and undo work, and each step is logged', async () => {
    const { session, key } = await demo();
    const own = await call(session, 'createReportQuestion', { ...key, question: OWN, assessment: 'nej', motivation: 'Vi noterar att den senaste kartläggningen gjordes 2024.' });
    let questions = (await call(session, 'listReportQuestions', { planId: 1, year: 2026 })).filter((q) => q.areaId === key.areaId);
    expect(questions.map((q) => [q.followsRule, q.question, q.assessment])).toEqual([[true, null, null], [false, OWN, 'nej']]);

    await call(session, 'updateReportQuestion', { ...key, id: null, question: 'Har åtgärderna genomförts och följts upp?', assessment: 'delvis', motivation: 'Egen motivering.' });
    await call(session, 'updateReportQuestion', { ...key, id: own.id, question: OWN, assessment: 'delvis', motivation: 'Ändrad.' });
    questions = (await call(session, 'listReportQuestions', { planId: 1, year: 2026 })).filter((q) => q.areaId === key.areaId);
    expect(questions.map((q) => [q.question, q.assessment, q.motivation])).toEqual([
      ['Har åtgärderna genomförts och följts upp?', 'delvis', 'Egen motivering.'], [OWN, 'delvis', 'Ändrad.'],
    ]);
    // "Återställ förslag" on the standard question: back to the standard wording and the rule.
    await call(session, 'updateReportQuestion', { ...key, id: questions[0].id, question: null, assessment: null, motivation: null });

    await call(session, 'deleteReportQuestion', { ...key, id: questions[0].id });
    expect((await call(session, 'listReportQuestions', { planId: 1, year: 2026 })).filter((q) => q.areaId === key.areaId).map((q) => q.id)).toEqual([own.id]);
    const log = await call(session, 'listChanges', { since: '2000-01-01', planId: 1, limit: 100 });
    expect(log.filter((c) => c.entity === 'report_question').map((c) => `${c.operation} ${c.field ?? ''}`.trim()).reverse()).toEqual([
      'create', 'create', 'update question', 'update assessment', 'update motivation', 'update assessment', 'update motivation',
      'update question', 'update assessment', 'update motivation', 'delete',
    ]);

    await call(session, 'undoLastChange', {});
    expect((await call(session, 'listReportQuestions', { planId: 1, year: 2026 })).filter((q) => q.areaId === key.areaId)).toHaveLength(2);
    // Another year is untouched.
    expect((await call(session, 'listReportQuestions', { planId: 1, year: 2025 })).filter((q) => q.areaId === key.areaId)).toEqual([
      expect.objectContaining({ id: null, followsRule: true }),
    ]);
  });

  it('refuses an own question without answer or motivering, the last question of an område, and a closed year, writing nothing', async () => {
    const { session, file, key, areas } = await demo();
    const noAnswer = await refusal(session, 'createReportQuestion', { ...key, question: OWN, motivation: 'x' });
    expect(noAnswer.message).toContain('Bedömning');
    const empty = await refusal(session, 'createReportQuestion', { ...key, question: OWN, assessment: 'ja', motivation: '  ' });
    expect(empty.problems).toEqual([{ field: 'motivation', message: 'Skriv en motivering till svaret.' }]);
    const last = await refusal(session, 'deleteReportQuestion', { ...key, id: null });
    expect(last.message).toBe('Varje utvecklingsområde behöver minst en fråga i Vår bedömning. Lägg till en ny fråga innan du tar bort den här.');
    const otherPlan = await refusal(session, 'createReportQuestion', { ...key, areaId: 9999, question: OWN, assessment: 'ja', motivation: 'x' });
    expect(otherPlan.problems).toEqual([{ field: 'areaId', message: 'Utvecklingsområdet finns inte i planen (id 9999).' }]);
    expect(tableRows(file, 'report_question')).toEqual([]);

    await call(session, 'closeReportYear', { planId: 1, year: 2025 });
    const closed = await refusal(session, 'createReportQuestion', { ...key, year: 2025, areaId: areas[1].id, question: OWN, assessment: 'ja', motivation: 'x' });
    expect(closed.message).toMatch(/^År 2025 är stängt/);
    expect(tableRows(file, 'report_question')).toEqual([]);
  });
});
