import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getReportModel } from '../../../electron/services/report/buildReport';
import { renderReportFile } from '../../../electron/services/report/exportReport';
import { getIndicatorSummary } from '../../../electron/services/indicator/indicatorSummary';
import { closeYear } from '../../../electron/services/report/closeYear';
import { createReportQuestion } from '../../../electron/services/report/reportQuestions';
import { listBodies } from '../../../electron/services/plan/bodies';
import { updateSettings } from '../../../electron/services/settings/documentSettings';
import { browserPlatform } from '../../../electron/web/browserPlatform';
import { closePdfPrinter } from '../../../electron/web/chromiumPdf';
import { renderReportHtml } from '@shared/report/renderHtml';
import type { ReportModel } from '@shared/report/model';
import { numberInText } from '@shared/text';
import { withDemoPlan } from '../../helpers/planFile';
import { docxText, zipEntries } from '../../helpers/zipEntry';

/**
 * Issue 14, Deliver 6: the demo's 2026 uppföljningsrapport judges the way a revisor does, and the
 * HTML (the preview), the DOCX and the PDF say the same. Read back as a reader would: the HTML
 * as text, word/document.xml from the DOCX, the PDF through pdftotext.
 */
let dir: string;
let html: string;
let docx: string;
let pdf: string;
let answered: number;
let model: ReportModel;

const flat = (text: string) => text.replace(/\s+/g, ' ');
const htmlText = (markup: string) => flat(markup.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'"));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'planuppfoljning-judgement-'));
  const { ctx } = withDemoPlan();
  updateSettings(ctx, { authorName: 'Karin Ek', authorTitle: 'Jämställdhetsstrateg' });
  answered = getIndicatorSummary(ctx, { year: 2026 }).total.answered;
  model = getReportModel(ctx, { kind: 'arsrapport', planId: 1, year: 2026 });
  html = htmlText(renderReportHtml(model));
  const docxFile = join(dir, 'rapport.docx');
  const pdfFile = join(dir, 'rapport.pdf');
  writeFileSync(docxFile, (await renderReportFile(model, 'docx', browserPlatform, null)).bytes);
  writeFileSync(pdfFile, (await renderReportFile(model, 'pdf', browserPlatform, null)).bytes);
  docx = flat(docxText(zipEntries(docxFile).get('word/document.xml')!.toString('utf8')));
  pdf = flat(execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
}, 180_000);

afterAll(async () => {
  await closePdfPrinter();
  rmSync(dir, { recursive: true, force: true });
});

/** What every output must say about the demo in 2026, as the revisor would write it. */
const expected = () => [
  'Avgränsning',
  `För 2026 är ${numberInText(answered)} av 60 indikatorer besvarade.`,
  'Vi noterar att handlingsplanen ska revideras vartannat år men att den inte har reviderats sedan den beslutades. En revidering skulle ha beslutats senast den 28 mars 2024.',
  'Arbetsmarknadsnämnden och Åsbackahem AB har inte lämnat någon lägesrapport under 2026',
  'Med utgångspunkt i uppföljningen rekommenderas arbetsmarknadsnämnden att:',
  'till kommunstyrelsen är markerad som genomförd, men den kopplade åtgärden 5.2 är försenad.',
  'till kommunstyrelsen är ej påbörjad, men den kopplade åtgärden 4.1 är genomförd.',
  'Svar saknas – skulle ha lämnats 28 februari 2025',
  'Ej rapporterad under året',
  'Åsbacka den 26 november 2026 Karin Ek Jämställdhetsstrateg',
];

describe('the 2026 uppföljningsrapport of the demo plan', () => {
  it.each([['HTML (the preview)', () => html], ['DOCX (word/document.xml)', () => docx], ['PDF (pdftotext)', () => pdf]])('%s has every finding', (_name, text) => {
    expect(answered).toBeGreaterThan(0);
    for (const phrase of expected()) expect(text(), phrase).toContain(phrase);
  });

  it('is signed at the end of the last chapter, before the källförteckning, by the strateg in Inställningar', () => {
    const last = model.chapters.filter((c) => c.number !== null).at(-1)!;
    expect(last.blocks.at(-1)).toEqual({ type: 'signature', placeAndDate: 'Åsbacka den 26 november 2026', name: 'Karin Ek', title: 'Jämställdhetsstrateg' });
    expect(model.chapters.at(-2)!.title).toBe('Källförteckning');
  });

  it('never shows the indicators’ share of Ja without how many it rests on', () => {
    const chapter = model.chapters.find((c) => c.id === 'indikatorer')!;
    const sentence = chapter.blocks.find((b) => b.type === 'paragraph' && b.text.startsWith('För 2026'));
    expect(sentence?.type === 'paragraph' && sentence.text).toMatch(/^För 2026 är \S+ av 60 indikatorer besvarade\. Av de \S+ besvarade är \S+ besvarade med Ja, vilket är \d+ procent/);
    const table = chapter.blocks.find((b) => b.type === 'table');
    expect(table?.type === 'table' && table.columns.map((c) => c.label).slice(0, 3)).toEqual(['Kvalitetsområde', 'Besvarade', 'Andel ja']);
    for (const row of table?.type === 'table' ? table.rows : []) expect(row[1]).toMatch(/^\d+ av \d+$/);
  });

  it('addresses kommunstyrelsen first, then the nämnder in the plan’s order, then the bolag', () => {
    const lead = model.chapters[0].blocks.flatMap((b) => (b.type === 'paragraph' && b.text.startsWith('Med utgångspunkt') ? [b.text] : []));
    expect(lead.map((t) => t.replace('Med utgångspunkt i uppföljningen rekommenderas ', '').replace(' att:', ''))).toEqual([
      'kommunstyrelsen', 'socialnämnden', 'arbetsmarknadsnämnden', 'vård- och omsorgsnämnden', 'barn- och utbildningsnämnden', 'Åsbackahem AB',
    ]);
  });

  it('names Avbrutna without beslut, counts them against the område, and states the rule in Metod', () => {
    const samordning = model.chapters.find((c) => c.title === 'Samordning')!;
    const assessment = samordning.blocks.find((b) => b.type === 'assessment');
    expect(assessment?.type === 'assessment' && assessment.rows[0].motivation).toContain('Av sex åtgärder har en avbrutits utan beslut.');
    expect(JSON.stringify(samordning)).toContain('Vi noterar att åtgärd 6.2 har rapporterats som avbruten utan att det framgår vilken instans');
    const method = model.chapters.find((c) => c.id === 'inledning')!.blocks;
    expect(method.some((b) => b.type === 'list' && b.items.some((i) => i.includes('avbrutits utan ett beslut med instans och datum')))).toBe(true);
  });
});

describe('the nämnd report and a closed year', () => {
  it('the nämnd report prints the same rekommendationer as the yearly report', () => {
    const { ctx } = withDemoPlan();
    const bolag = listBodies(ctx).find((b) => b.name === 'Åsbackahem AB')!;
    const yearly = getReportModel(ctx, { kind: 'arsrapport', planId: 1, year: 2026 });
    const own = getReportModel(ctx, { kind: 'namnd', planId: 1, year: 2026, bodyId: bolag.id });
    const summary = yearly.chapters[0].blocks;
    const index = summary.findIndex((b) => b.type === 'paragraph' && b.text.includes('rekommenderas Åsbackahem AB'));
    const list = summary[index + 1];
    const chapter = own.chapters.find((c) => c.id === 'uppfoljningen')!;
    expect(chapter.blocks).toEqual([
      { type: 'paragraph', text: 'Åsbackahem AB har inte lämnat någon lägesrapport under 2026.' },
      list,
    ]);
  });

  it('a closed year keeps its frozen questions and iakttagelser, whatever is added later', () => {
    const { ctx } = withDemoPlan();
    closeYear(ctx, { planId: 1, year: 2025 });
    const frozen = getReportModel(ctx, { kind: 'arsrapport', planId: 1, year: 2025 });
    expect(() => createReportQuestion(ctx, { planId: 1, year: 2025, areaId: 1, question: 'Ny fråga?', assessment: 'ja', motivation: 'x' })).toThrow(/stängt/);
    expect(getReportModel(ctx, { kind: 'arsrapport', planId: 1, year: 2025 })).toEqual(frozen);
    expect(JSON.stringify(frozen)).toContain('Vi noterar att handlingsplanen ska revideras vartannat år');
  });
});
