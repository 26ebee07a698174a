import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getReportModel } from '../../../electron/services/report/buildReport';
import { renderReportFile } from '../../../electron/services/report/exportReport';
import { saveReportText } from '../../../electron/services/report/reportTexts';
import { updateSettings } from '../../../electron/services/settings/documentSettings';
import { demoPlan } from '../../../electron/services/demo/loadDemoPlan';
import { browserPlatform } from '../../../electron/web/browserPlatform';
import { closePdfPrinter } from '../../../electron/web/chromiumPdf';
import { expectedAreaSuggestions } from '../../helpers/areaRule';
import { ASSESSMENT_LABEL } from '@shared/labels';
import { withDemoPlan } from '../../helpers/planFile';
import { zipEntries } from '../../helpers/zipEntry';
import { requireSoffice } from '../../helpers/libreOffice';

/**
 * The yearly report of the demo plan as DOCX and PDF, read back the way a reader would: the DOCX
 * XML from the zip (tests/helpers/zipEntries.ts), the PDF's text by pdftotext, and the DOCX opened by LibreOffice.
 * Both files are made once (printing takes seconds) with a saved text in them.
 */
const SAVED = 'Strategens egen bedömning: arbetet med skyddat boende har tagit fart.';
let dir: string;
let docx: string;
let pdf: string;
let expectedAssessments: { area: string; answer: string; text: string }[];

/** Every område's answer and motivation, in the order of the chapters, found in the document's text. */
function expectAssessmentsIn(text: string): void {
  expect(expectedAssessments).toHaveLength(demoPlan.areas.length);
  // The demo's områden do not all get the same answer, so a constant answer would fail here.
  expect(new Set(expectedAssessments.map((e) => e.answer)).size).toBeGreaterThan(1);
  let from = 0;
  for (const { area, text: expected } of expectedAssessments) {
    const chapter = text.indexOf(area, from);
    const at = text.indexOf(expected, chapter);
    expect(at, `${area}: ${expected}`).toBeGreaterThan(chapter);
    from = at + expected.length;
  }
}

function unzipEntry(file: string, entry: string): string {
  const data = zipEntries(file).get(entry);
  if (!data) throw new Error(`${entry} saknas i ${file}`);
  return data.toString('utf8');
}

/** Word splits text into runs; the document's text is the runs' text per paragraph. */
function docxText(xml: string): string {
  return xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join('\n')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

beforeAll(async () => {
  // Kept for the whole file: the per-test temp folders go after each test.
  dir = mkdtempSync(join(tmpdir(), 'planuppfoljning-export-'));
  const { ctx } = withDemoPlan();
  saveReportText(ctx, { planId: 1, year: 2025, key: 'sammanfattning', text: SAVED });
  updateSettings(ctx, { authorName: 'Anna Lind' });
  const model = getReportModel(ctx, { kind: 'arsrapport', planId: 1, year: 2025 });
  // What each område's Vår bedömning must say: the rule's answer for its counts at the year's end.
  expectedAssessments = expectedAreaSuggestions(ctx, 1, 2025).map(({ area, suggestion: { answer, reason } }) => (
    { area, answer, text: `${ASSESSMENT_LABEL[answer]}. ${reason}` }));
  docx = join(dir, 'rapport.docx');
  pdf = join(dir, 'rapport.pdf');
  writeFileSync(docx, (await renderReportFile(model, 'docx', browserPlatform, null)).bytes);
  writeFileSync(pdf, (await renderReportFile(model, 'pdf', browserPlatform, null)).bytes);
}, 180_000);

afterAll(async () => {
  await closePdfPrinter();
  rmSync(dir, { recursive: true, force: true });
});

const titles = demoPlan.areas.flatMap((a) => a.actions.map((x) => x.title));

describe('the yearly report as DOCX', () => {
  it('holds every åtgärd title, the saved text, and each område’s Vår bedömning with the rule’s answer for its counts', () => {
    const text = docxText(unzipEntry(docx, 'word/document.xml'));
    for (const title of titles) expect(text, title).toContain(title);
    expect(text).toContain(SAVED);
    expect(text.match(/Vår bedömning/g)?.length).toBeGreaterThanOrEqual(demoPlan.areas.length);
    expectAssessmentsIn(text.replace(/\s+/g, ' '));
  });

  it('uses real heading styles, a TOC field, repeating header rows, page numbers, Swedish and alt-texted charts', () => {
    const xml = unzipEntry(docx, 'word/document.xml');
    // Booleans, not toContain: a failure must not print the whole document.xml.
    const has = (part: string | RegExp) => (typeof part === 'string' ? xml.includes(part) : part.test(xml));
    expect(has('<w:pStyle w:val="Heading1"/>')).toBe(true);
    expect(has('<w:pStyle w:val="Heading2"/>')).toBe(true);
    expect(has('TOC \\h \\o &quot;1-2&quot;')).toBe(true);
    expect(has('<w:tblHeader/>')).toBe(true);
    expect(has(/<wp:docPr [^>]*descr="Åtgärdernas status inom Insatser för utsatta\. Av sju åtgärder/)).toBe(true);
    expect(unzipEntry(docx, 'word/styles.xml')).toContain('w:lang w:val="sv-SE"');
    const entries = zipEntries(docx);
    const footers = [...entries].filter(([name]) => name.startsWith('word/footer')).map(([, data]) => data.toString('utf8')).join('');
    expect(footers).toContain('PAGE');
    const core = unzipEntry(docx, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Uppföljning av handlingsplanen år 2025 – Handlingsplan mot våld');
    // Inställningar's author, never the operating system's user (the context's user is 'testare').
    expect(core).toContain('<dc:creator>Anna Lind</dc:creator>');
    expect(core).not.toContain('testare');
    expect([...entries.keys()].filter((name) => /^word\/media\/.+\.png$/.test(name)).length).toBe(demoPlan.areas.length);
  });

  it('is opened by a real reader: LibreOffice converts it to PDF without error', (context) => {
    const soffice = requireSoffice(context);
    const out = join(dir, 'lo');
    const result = spawnSync(soffice, ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', out, docx],
      { encoding: 'utf8', timeout: 170_000 });
    expect(result.status, result.stderr).toBe(0);
    const converted = join(out, 'rapport.pdf');
    expect(existsSync(converted)).toBe(true);
    const text = execFileSync('pdftotext', [converted, '-'], { encoding: 'utf8' });
    expect(text).toContain('Sammanfattande bedömning och rekommendationer');
  }, 180_000);
});

describe('the yearly report as PDF', () => {
  it('holds every åtgärd title, the saved text, and each område’s Vår bedömning with the rule’s answer for its counts', () => {
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).replace(/\s+/g, ' ');
    const words = (t: string) => t.replace(/\s+/g, ' ');
    const raw = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).replace(/\s+/g, ' ');
    for (const title of titles) expect(raw.includes(words(title)) || text.includes(words(title)), title).toBe(true);
    expect(raw).toContain(SAVED);
    expect(raw.match(/Vår bedömning/g)?.length).toBeGreaterThanOrEqual(demoPlan.areas.length);
    expectAssessmentsIn(raw);
  });

  it('is tagged, in Swedish, with an outline and A4 pages numbered', () => {
    const bytes = readFileSync(pdf).toString('latin1');
    expect(bytes).toContain('/StructTreeRoot');
    expect(bytes).toMatch(/\/Lang\s*\(sv-SE\)/);
    expect(bytes).toContain('/Outlines');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    const page3 = execFileSync('pdftotext', ['-f', '3', '-l', '3', pdf, '-'], { encoding: 'utf8' });
    expect(page3.trim().split('\n').at(-1)).toBe('3');
  });
});
