import { afterAll, describe, expect, it } from 'vitest';
import { closePdfPrinter, printHtmlToPdf } from '../../electron/web/chromiumPdf';

afterAll(() => closePdfPrinter());

describe('PDF printing in Chromium (browser mode, CLI, tests)', () => {
  it('makes a tagged PDF with the document language and an outline', async () => {
    const html = '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Rapport</title></head>'
      + '<body><h1>Uppföljning år 2026</h1><h2>Sammanfattning</h2><p>Åtgärder mot våld i nära relationer.</p>'
      + '<table><thead><tr><th>Åtgärd</th><th>Status</th></tr></thead><tbody><tr><td>1.1</td><td>Genomförd</td></tr></tbody></table></body></html>';
    const pdf = Buffer.from(await printHtmlToPdf(html)).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf).toContain('/StructTreeRoot');
    expect(pdf).toContain('/MarkInfo');
    expect(pdf).toMatch(/\/Lang\s*\(sv\)/);
    expect(pdf).toContain('/Outlines');
  });
});
