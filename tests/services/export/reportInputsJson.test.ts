import { describe, expect, it } from 'vitest';
import { capturePlatform } from '../../helpers/capturePlatform';
import { createTestPlanFile, withDemoPlan } from '../../helpers/planFile';
import { call, refusal, upload } from '../import/importHelpers';

async function exported() {
  const demo = withDemoPlan();
  const platform = capturePlatform();
  await call({ ...demo.session, platform }, 'exportPlanJson', { planId: 1 });
  return JSON.parse(new TextDecoder().decode(platform.files[0].bytes)) as Record<string, unknown> & { areas: Record<string, unknown>[] };
}

describe('the JSON export’s questions, iakttagelser and källor', () => {
  it('reads a version 2 document’s saved answers to the standard question as questions, as migration 110 does', async () => {
    const json = await exported();
    const v2 = {
      ...json, version: 2, revisions: undefined, findings: undefined, reportSources: undefined,
      areas: json.areas.map(({ questions: _q, findings: _f, ...area }) => area),
      reportTexts: [
        { year: 2025, key: 'omrade.*.bedomning', text: 'nej', updatedAt: '2026-01-10T08:00:00Z', area: 6 },
        { year: 2025, key: 'omrade.*.motivering', text: 'Samordnaren saknas.', updatedAt: '2026-01-11T08:00:00Z', area: 6 },
        { year: 2025, key: 'sammanfattning', text: 'Egen sammanfattning.', updatedAt: '2026-01-11T08:00:00Z' },
      ],
    };
    const target = createTestPlanFile();
    const result = await call(target.session, 'restorePlanJson', { file: upload('v2.json', JSON.stringify(v2)) });
    const areas = await call(target.session, 'listAreas', { planId: result.planId });
    const questions = await call(target.session, 'listReportQuestions', { planId: result.planId, year: 2025 });
    expect(questions.find((q) => q.areaId === areas[5].id)).toMatchObject({ followsRule: true, question: null, assessment: 'nej', motivation: 'Samordnaren saknas.' });
    expect((await call(target.session, 'listReportTexts', { planId: result.planId, year: 2025 })).map((t) => t.key)).toEqual(['sammanfattning']);
  });

  it('refuses a document whose iakttagelse cites a källa it does not list, writing nothing', async () => {
    const json = await exported();
    const areas = json.areas.map((area, i) => (i === 0 ? { ...area, findings: [{
      year: 2026, position: 0, suggestion: null, dismissed: false, text: 'Text.', sources: [999], createdBy: 'x', createdAt: 't', updatedAt: 't',
    }] } : area));
    const target = createTestPlanFile();
    const error = await refusal(target.session, 'restorePlanJson', { file: upload('bad.json', JSON.stringify({ ...json, areas })) });
    expect(error.message).toContain('hänger inte ihop');
    expect(error.problems).toEqual([{ field: 'Källförteckning', message: 'Källförteckning: källa 999 saknas i filens lista över källor.' }]);
    expect(await call(target.session, 'listPlans', {})).toEqual([]);
  });
});
