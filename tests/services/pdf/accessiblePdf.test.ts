import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getReportModel } from '../../../electron/services/report/buildReport';
import { renderReportFile } from '../../../electron/services/report/exportReport';
import { updateSettings } from '../../../electron/services/settings/documentSettings';
import { browserPlatform } from '../../../electron/web/browserPlatform';
import { closePdfPrinter } from '../../../electron/web/chromiumPdf';
import type { ReportModel } from '@shared/report/model';
import { withDemoPlan } from '../../helpers/planFile';

/**
 * Issue 15, point 4: the report's PDF as a PDF/UA checker reads it — pdfinfo for the metadata and
 * the tagging, qpdf's JSON dump for the catalog and the structure tree. The XMP is added by an
 * incremental update (electron/services/pdf/accessiblePdf.ts), so Chromium's own PDF is the
 * file's first revision: everything up to its first %%EOF. The test compares the two.
 */
let dir: string;
let pdf: string;
let original: string;
let model: ReportModel;

interface QpdfObject { value?: unknown }
type Dict = Record<string, unknown>;

function objects(path: string): Dict[] {
  const json = JSON.parse(execFileSync('qpdf', ['--json', path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as { qpdf: [unknown, Record<string, QpdfObject>] };
  return Object.values(json.qpdf[1]).map((o) => o.value).filter((v): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v));
}

const structElements = (path: string): Dict[] => objects(path).filter((o) => o['/Type'] === '/StructElem');
const catalog = (path: string): Dict => objects(path).find((o) => o['/Type'] === '/Catalog')!;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'planuppfoljning-pdfua-'));
  const { ctx } = withDemoPlan();
  updateSettings(ctx, { authorName: 'Anna Lind', authorTitle: 'Jämställdhetsstrateg' });
  model = getReportModel(ctx, { kind: 'arsrapport', planId: 1, year: 2025 });
  const bytes = Buffer.from((await renderReportFile(model, 'pdf', browserPlatform, null)).bytes);
  pdf = join(dir, 'rapport.pdf');
  writeFileSync(pdf, bytes);
  const firstEof = bytes.indexOf('%%EOF') + '%%EOF'.length;
  original = join(dir, 'chromium.pdf');
  writeFileSync(original, bytes.subarray(0, firstEof + (bytes[firstEof] === 0x0a ? 1 : 0)));
}, 180_000);

afterAll(async () => {
  await closePdfPrinter();
  rmSync(dir, { recursive: true, force: true });
});

describe('the report PDF for publishing (PDF/UA metadata)', () => {
  it('has an XMP metadata stream with dc:title, dc:language sv-SE and pdfuaid:part 1, where Chromium’s had none', () => {
    expect(execFileSync('pdfinfo', [original], { encoding: 'utf8' })).toMatch(/Metadata Stream:\s+no/);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Metadata Stream:\s+yes/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toContain(`Title:           ${model.documentTitle}`);
    const xmp = execFileSync('pdfinfo', ['-meta', pdf], { encoding: 'utf8' });
    expect(xmp).toContain(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${model.documentTitle}</rdf:li></rdf:Alt></dc:title>`);
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>sv-SE</rdf:li></rdf:Bag></dc:language>');
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toContain('<dc:creator><rdf:Seq><rdf:li>Anna Lind, jämställdhetsstrateg</rdf:li></rdf:Seq></dc:creator>');
    expect(execFileSync('qpdf', ['--check', pdf], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors found');
  });

  it('says sv-SE and shows the title in the window’s title bar, and keeps the structure tree element for element', () => {
    const root = catalog(pdf);
    expect(root['/Lang']).toBe('u:sv-SE');
    expect(root['/ViewerPreferences']).toMatchObject({ '/DisplayDocTitle': true });
    expect(root['/MarkInfo']).toMatchObject({ '/Marked': true });
    expect(root['/StructTreeRoot']).toBe(catalog(original)['/StructTreeRoot']);
    const before = structElements(original);
    const after = structElements(pdf);
    expect(before.length).toBeGreaterThan(500);
    expect(after).toHaveLength(before.length);
    expect(after.map((e) => e['/S'])).toEqual(before.map((e) => e['/S']));
  });

  it('gives every chart a figure with its alt text, every header cell a scope, and the document its headings', () => {
    const elements = structElements(pdf);
    const alts = elements.filter((e) => e['/S'] === '/Figure').map((e) => String(e['/Alt'] ?? ''));
    const charts = model.chapters.flatMap((c) => c.blocks).filter((b) => b.type === 'chart');
    expect(charts.length).toBeGreaterThanOrEqual(6);
    for (const chart of charts) {
      if (chart.type !== 'chart') continue;
      expect(alts, chart.title).toContain(`u:${chart.description}`);
    }
    const headers = elements.filter((e) => e['/S'] === '/TH');
    expect(headers.length).toBeGreaterThan(20);
    for (const th of headers) {
      const scope = (th['/A'] as Dict[] | Dict | undefined);
      const attributes = Array.isArray(scope) ? scope : [scope ?? {}];
      expect(attributes.map((a) => a['/Scope']).filter(Boolean), JSON.stringify(th)).toHaveLength(1);
    }
    expect(new Set(headers.map((th) => ((th['/A'] as Dict[]).find((a) => a['/Scope'])!)['/Scope']))).toEqual(new Set(['/Column', '/Row']));
    expect(elements.filter((e) => e['/S'] === '/H1').length).toBe(model.chapters.length);
  });

  it('costs little: the metadata step is a small share of the print (measured by npm run bench)', () => {
    // Only the added objects are written: the file grows by a few kilobytes, whatever its size.
    expect(readFileSync(pdf).length - readFileSync(original).length).toBeLessThan(8 * 1024);
  });
});
