import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { getReportEditor, getReportModel } from '../../../electron/services/report/buildReport';
import { closeYear } from '../../../electron/services/report/closeYear';
import { reopenReportYear, listClosedYears } from '../../../electron/services/report/snapshots';
import { resetReportText, saveReportText } from '../../../electron/services/report/reportTexts';
import { updateReportQuestion } from '../../../electron/services/report/reportQuestions';
import { getFileSummary, getStatusSummary } from '../../../electron/services/plan/statusSummary';
import { createStatusReport } from '../../../electron/services/plan/statusReports';
import { listActionStatus } from '../../../electron/services/plan/actionStatus';
import { listChanges } from '../../../electron/services/changeLog';
import { undoLastChange } from '../../../electron/services/undo/undoJournal';
import { demoPlan } from '../../../electron/services/demo/loadDemoPlan';
import { statusCountsSentence } from '@shared/report/statusSentence';
import { expectedAreaSuggestions } from '../../helpers/areaRule';
import type { ReportModel } from '@shared/report/model';
import { withDemoPlan } from '../../helpers/planFile';
import { updateSettings } from '../../../electron/services/settings/documentSettings';

const PLAN = 1;
const allText = (model: ReportModel) => JSON.stringify(model);

describe('the yearly report model, on the demo plan', () => {
  it('states the counts sentence exactly as getStatusSummary and `cli summary` count them for the year’s last day', () => {
    const { ctx } = withDemoPlan();
    const model = getReportModel(ctx, { kind: 'arsrapport', planId: PLAN, year: 2025 });
    const summary = getStatusSummary(ctx, { planId: PLAN, asOf: '2025-12-31' });
    const file = getFileSummary(ctx, '2025-12-31');
    expect(model.asOf).toBe('2025-12-31');
    expect(file.byStatus).toEqual(summary.counts);
    const sentence = model.chapters[0].blocks[0];
    expect(sentence).toEqual({ type: 'paragraph', emphasis: 'lead', text: statusCountsSentence(file.actions, file.byStatus) });
    expect(sentence.type === 'paragraph' && sentence.text).toMatch(/^Av 33 åtgärder är (\d+|\p{Ll}+) genomförda, /u);
  });

  it('says "Upprättad av" from Inställningar, never the operating system’s user name, and the kommun from there too', () => {
    const { ctx } = withDemoPlan();
    const before = getReportModel(ctx, { kind: 'arsrapport', planId: PLAN, year: 2025 });
    expect(before.titlePage.author).toBe('');
    expect(JSON.stringify(before)).not.toContain(ctx.user);
    updateSettings(ctx, { authorName: 'Anna Lind', authorTitle: 'Jämställdhetsstrateg', administration: 'Kommunledningsförvaltningen', municipality: 'Åsbacka' });
    for (const kind of ['arsrapport', 'rekommendationer', 'namnd'] as const) {
      const { titlePage } = getReportModel(ctx, { kind, planId: PLAN, year: 2025, bodyId: 2 });
      expect(titlePage.author).toBe('Anna Lind, jämställdhetsstrateg, kommunledningsförvaltningen');
      expect(titlePage.municipality).toBe('Åsbacka');
    }
  });

  it('takes the current year as of today', () => {
    const { ctx } = withDemoPlan();
    expect(getReportModel(ctx, { kind: 'arsrapport', planId: PLAN, year: 2026 }).asOf).toBe(ctx.today());
  });

  it('has the revision-style chapters in order, one per utvecklingsområde with a chart and Vår bedömning', () => {
    const { ctx } = withDemoPlan();
    const model = getReportModel(ctx, { kind: 'arsrapport', planId: PLAN, year: 2025 });
    expect(model.chapters.map((c) => (c.number ? `${c.number}. ${c.title}` : c.title))).toEqual([
      'Sammanfattande bedömning och rekommendationer', '1. Inledning', '2. Handlingsplanens styrning och uppföljning',
      ...demoPlan.areas.map((a, i) => `${i + 3}. ${a.name}`),
      '9. Indikatorer för brottsofferarbetet', '10. Granskningar och rekommendationer',
      'Källförteckning', 'Bilaga 1 – Samtliga åtgärder och deras status',
    ]);
    const intro = model.chapters[1].blocks.filter((b) => b.type === 'heading' && b.level === 2).map((b) => b.type === 'heading' && b.text);
    expect(intro).toEqual(['Bakgrund', 'Syfte och uppföljningsfrågor', 'Avgränsning', 'Ansvariga nämnder', 'Metod', 'Bedömningsgrunder']);
    // Each område's Vår bedömning is the rule's answer for its åtgärder and mått, as the API lists them.
    const expectedByArea = new Map(expectedAreaSuggestions(ctx, PLAN, 2025).map((e) => [e.areaId, e.suggestion]));
    const answers = model.chapters.filter((c) => c.id.startsWith('omrade-')).map((chapter) => {
      const expected = expectedByArea.get(Number(chapter.id.slice('omrade-'.length)))!;
      expect(chapter.blocks.some((b) => b.type === 'chart')).toBe(true);
      const assessment = chapter.blocks.find((b) => b.type === 'assessment');
      if (assessment?.type !== 'assessment') throw new Error(`${chapter.title}: no Vår bedömning`);
      expect(assessment.rows[0], chapter.title).toMatchObject({ answer: expected.answer, motivation: expected.reason });
      return expected.answer;
    });
    // The demo's områden do not all get the same answer, so a constant answer would fail here.
    expect(new Set(answers).size).toBeGreaterThan(1);
    const appendix = model.chapters.at(-1)!.blocks.find((b) => b.type === 'table');
    expect(appendix?.type === 'table' && appendix.rows.length).toBe(33);
  });

  it('cites the documents the year’s status reports refer to', () => {
    const { ctx } = withDemoPlan();
    const sources = getReportModel(ctx, { kind: 'arsrapport', planId: PLAN, year: 2024 }).chapters.find((c) => c.id === 'kallor')!;
    expect(JSON.stringify(sources)).toContain('Kommunstyrelsens protokoll 2024-04-23');
  });

  it('shows the strateg’s saved texts instead of the defaults, and the default again after Återställ förslag', () => {
    const { ctx } = withDemoPlan();
    const editor = getReportEditor(ctx, { kind: 'arsrapport', planId: PLAN, year: 2025 });
    const summary = editor.fields.find((f) => f.key === 'sammanfattning')!;
    expect(summary.savedText).toBeNull();
    expect(allText(getReportModel(ctx, { kind: 'arsrapport', planId: PLAN, year: 2025 }))).toContain(summary.defaultText.split('\n')[0]);
    saveReportText(ctx, { planId: PLAN, year: 2025, key: 'sammanfattning', text: 'Arbetet går framåt men samordningen brister.' });
    updateReportQuestion(ctx, { planId: PLAN, year: 2025, areaId: 6, id: null, question: null, assessment: 'nej', motivation: 'Samordnaren saknas.' });
    const model = getReportModel(ctx, { kind: 'arsrapport', planId: PLAN, year: 2025 });
    expect(allText(model)).toContain('Arbetet går framåt men samordningen brister.');
    const samordning = model.chapters.find((c) => c.id === 'omrade-6')!.blocks.find((b) => b.type === 'assessment');
    expect(samordning?.type === 'assessment' && samordning.rows[0].answer).toBe('nej');
    resetReportText(ctx, { planId: PLAN, year: 2025, key: 'sammanfattning' });
    expect(allText(getReportModel(ctx, { kind: 'arsrapport', planId: PLAN, year: 2025 }))).not.toContain('samordningen brister');
  });

  it('refuses a year outside the plan’s period, a year not begun, an unknown plan and nämnd, in Swedish', async () => {
    const { session } = withDemoPlan();
    const ask = (input: unknown) => dispatch(session, 'getReportModel', input);
    expect(await ask({ kind: 'arsrapport', planId: PLAN, year: 2019 })).toMatchObject({ ok: false, error: { message: 'År 2019 ligger utanför planens period (2022–2027). Välj ett år inom perioden.' } });
    expect(await ask({ kind: 'arsrapport', planId: PLAN, year: 2027 })).toMatchObject({ ok: false, error: { message: expect.stringContaining('har inte börjat') } });
    expect(await ask({ kind: 'arsrapport', planId: 99, year: 2025 })).toMatchObject({ ok: false, error: { kind: 'not_found', message: 'Planen finns inte (id 99).' } });
    expect(await ask({ kind: 'namnd', planId: PLAN, year: 2025, bodyId: 99 })).toMatchObject({ ok: false, error: { message: 'Nämnden finns inte (id 99).' } });
    expect(await ask({ kind: 'namnd', planId: PLAN, year: 2025 })).toMatchObject({ ok: false, error: { message: 'Välj vilken nämnd rapporten gäller.' } });
    expect(await ask({ kind: 'okänd', planId: PLAN, year: 2025 })).toMatchObject({ ok: false, error: { kind: 'validation' } });
  });
});

describe('the nämnd and recommendations reports', () => {
  it('a nämnd’s report lists exactly the åtgärder it is responsible for', () => {
    const { ctx } = withDemoPlan();
    const sn = ctx.db.prepare("SELECT id FROM body WHERE name = 'Socialnämnden'").get() as { id: number };
    const model = getReportModel(ctx, { kind: 'namnd', planId: PLAN, year: 2025, bodyId: sn.id });
    const own = listActionStatus(ctx, { planId: PLAN, asOf: '2025-12-31' }).filter((a) => a.responsible.some((r) => r.bodyId === sn.id));
    const rows = model.chapters.flatMap((c) => c.blocks).filter((b) => b.type === 'table' && b.caption.includes('åtgärder inom'));
    expect(rows.flatMap((b) => (b.type === 'table' ? b.rows.map((r) => r[1]) : []))).toEqual(own.map((a) => a.title));
    expect(model.titlePage.subtitle).toMatch(/^Socialnämnden – /);
  });

  it('the recommendations report has a chapter per granskning and a table per nämnd with svar, åtgärd, deadline and status', () => {
    const { ctx } = withDemoPlan();
    const model = getReportModel(ctx, { kind: 'rekommendationer', planId: PLAN, year: 2025 });
    expect(model.chapters.map((c) => c.title)).toEqual(['Sammanfattning', demoPlan.audit.title]);
    const tables = model.chapters[1].blocks.filter((b) => b.type === 'table');
    expect(tables.length).toBeGreaterThan(0);
    expect(tables[0].type === 'table' && tables[0].columns.map((c) => c.label)).toEqual(['Rekommendation', 'Svar', 'Planerad åtgärd', 'Klart senast', 'Status']);
    for (const rec of demoPlan.audit.recommendations) expect(allText(model)).toContain(rec.text);
  });
});

describe('closing a year', () => {
  it('reproduces the same report after new status reports, refuses text edits, and reopens only when asked, logged', () => {
    const { ctx } = withDemoPlan();
    const request = { kind: 'arsrapport' as const, planId: PLAN, year: 2025 };
    const before = getReportModel(ctx, request);
    const closed = closeYear(ctx, { planId: PLAN, year: 2025 });
    expect(closed).toMatchObject({ planId: PLAN, year: 2025, closedBy: 'testare' });
    expect(listClosedYears(ctx, PLAN).map((c) => c.year)).toEqual([2025]);

    const firstLate = listActionStatus(ctx, { planId: PLAN, asOf: '2025-12-31' }).find((a) => a.effectiveStatus === 'forsenad')!;
    createStatusReport(ctx, { actionId: firstLate.id, reportedOn: '2025-06-01', status: 'genomford', assessment: null, comment: 'Sent inrapporterat.', sourceId: null, period: '', reportedBy: '', bodyId: null });
    const frozen = getReportModel(ctx, request);
    expect({ ...frozen, closed: null }).toEqual(before);
    expect(frozen.closed).toEqual({ closedAt: closed.closedAt, closedBy: 'testare' });
    expect(() => saveReportText(ctx, { planId: PLAN, year: 2025, key: 'sammanfattning', text: 'x' })).toThrow(/År 2025 är stängt/);

    reopenReportYear(ctx, { planId: PLAN, year: 2025 });
    expect(getReportModel(ctx, request)).not.toEqual(before);
    const log = listChanges(ctx, { since: '2000-01-01', planId: PLAN, limit: 10 }).filter((c) => c.entity === 'report_snapshot');
    expect(log.map((c) => c.operation)).toEqual(['delete', 'create']);
  });

  it('keeps a nämnd’s report too, and can be undone like any write', () => {
    const { ctx } = withDemoPlan();
    const sn = (ctx.db.prepare("SELECT id FROM body WHERE name = 'Socialnämnden'").get() as { id: number }).id;
    const before = getReportModel(ctx, { kind: 'namnd', planId: PLAN, year: 2024, bodyId: sn });
    closeYear(ctx, { planId: PLAN, year: 2024 });
    expect({ ...getReportModel(ctx, { kind: 'namnd', planId: PLAN, year: 2024, bodyId: sn }), closed: null }).toEqual(before);
    expect(() => closeYear(ctx, { planId: PLAN, year: 2024 })).toThrow('År 2024 är redan stängt.');
    undoLastChange(ctx);
    expect(listClosedYears(ctx, PLAN)).toEqual([]);
  });
});
