import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getReportModel } from '../../../electron/services/report/buildReport';
import { renderReportFile } from '../../../electron/services/report/exportReport';
import { browserPlatform } from '../../../electron/web/browserPlatform';
import { closePdfPrinter } from '../../../electron/web/chromiumPdf';
import type { ReportModel } from '@shared/report/model';
import { renderReportHtml } from '@shared/report/renderHtml';
import { withDemoPlan } from '../../helpers/planFile';
import { zipEntries } from '../../helpers/zipEntry';

/**
 * The yearly report's mått table per område, on the demo plan for 2025, in the model and as the
 * reader sees it in the HTML, the DOCX (word/document.xml) and the PDF (pdftotext).
 */
const FREDA = ['Andel utredningar med dokumenterad farlighetsbedömning (åtgärd 1.1)', '55 % (2022)', '90 % (2023)', '92 % (2025)', 'Ökar', 'I fas'];
const WAITING = ['Vistelsetid i skyddat boende efter att skyddsbehovet upphört (åtgärd 1.3)', '95 dagar (2023)', '30 dagar (2025-06-30)', '61 dagar (2025)', 'Minskar', 'Efter plan'];
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

let model: ReportModel;
let dir: string;
let docxXml: string;
let pdfText: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'planuppfoljning-matt-'));
  const { ctx } = withDemoPlan();
  model = getReportModel(ctx, { kind: 'arsrapport', planId: 1, year: 2025 });
  const docx = join(dir, 'rapport.docx');
  const pdf = join(dir, 'rapport.pdf');
  writeFileSync(docx, (await renderReportFile(model, 'docx', browserPlatform, null)).bytes);
  writeFileSync(pdf, (await renderReportFile(model, 'pdf', browserPlatform, null)).bytes);
  docxXml = zipEntries(docx).get('word/document.xml')!.toString('utf8');
  pdfText = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}, 180_000);

afterAll(async () => {
  await closePdfPrinter();
  rmSync(dir, { recursive: true, force: true });
});

function table(areaName: string) {
  const chapter = model.chapters.find((c) => c.title === areaName)!;
  const index = chapter.blocks.findIndex((b) => b.type === 'table' && b.caption === `Mått inom ${areaName} 2025`);
  return { before: chapter.blocks[index - 1], table: chapter.blocks[index] as Extract<ReportModel['chapters'][number]['blocks'][number], { type: 'table' }> };
}

describe('the mått table in the yearly report', () => {
  it('lists an område’s own mått first, then its åtgärders’, with utgångsvärde, målvärde, senaste utfall, trend and bedömning', () => {
    const { before, table: t } = table('Insatser för utsatta');
    expect(t.columns.map((c) => c.label)).toEqual(['Mått', 'Utgångsvärde', 'Målvärde', 'Senaste utfall', 'Trend', 'Bedömning']);
    expect(t.rows[0]).toEqual(['Våldsutsatta vuxna som fått stöd av socialtjänsten', '212 (2022)', '300 (2027)', '289 (2025)', 'Ökar', 'I fas'].map((c) => c));
    expect(t.rows.map((r) => (r as string[]).map(plain))).toContainEqual(FREDA);
    expect(t.rows.map((r) => (r as string[]).map(plain))).toContainEqual(WAITING);
    expect(before).toEqual({ type: 'paragraph', text: 'Området följs upp med sex mått. Fyra ligger i fas och två ligger efter plan.' });
  });

  it('says which mått cannot be judged or has no utfall for the year', () => {
    expect(table('Främjande och förebyggande').table.rows.map((r) => [r[0], r[5]])).toEqual([
      ['Andel högstadieskolor som genomför MVP (åtgärd 4.1)', 'I fas'],
      ['Andel elever som anser att passen gett dem verktyg att säga ifrån (åtgärd 4.1)', 'Kan inte bedömas'],
      ['Föreningar med handlingsplan mot våld (åtgärd 4.3)', 'Efter plan'],
    ]);
    const { ctx } = withDemoPlan();
    const report2026 = getReportModel(ctx, { kind: 'arsrapport', planId: 1, year: 2026 });
    const rows = (report2026.chapters.find((c) => c.title === 'Insatser för utsatta')!.blocks
      .find((b) => b.type === 'table' && b.caption === 'Mått inom Insatser för utsatta 2026') as { rows: string[][] }).rows;
    expect(rows[0].slice(3)).toEqual(['289 (2025)', 'Ökar', 'Inget utfall 2026']);
  });

  it('reads the same in the HTML, the DOCX and the PDF', () => {
    const html = plain(renderReportHtml(model));
    expect(html).toContain('<caption>Mått inom Insatser för utsatta 2025</caption>');
    expect(html).toContain(`<td>${FREDA[0]}</td><td>${FREDA[1]}</td><td>${FREDA[2]}</td><td>${FREDA[3]}</td><td class="nw">${FREDA[4]}</td><td>${FREDA[5]}</td>`);
    const docx = plain(docxXml);
    for (const cell of [...FREDA, ...WAITING]) expect(docx.includes(`>${cell}</w:t>`), cell).toBe(true);
    const pdf = plain(pdfText).replace(/\s+/g, ' ');
    for (const cell of ['Senaste utfall', '55 % (2022)', '92 % (2025)', '61 dagar (2025)', 'Efter plan']) expect(pdf.includes(cell), cell).toBe(true);
  });
});
