import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closePdfPrinter, launch, printHtmlToPdf } from '../../electron/web/chromiumPdf';

const dir = mkdtempSync(join(tmpdir(), 'planuppfoljning-chromiumpdf-'));

afterAll(async () => {
  await closePdfPrinter();
  rmSync(dir, { recursive: true, force: true });
});

function pdfText(bytes: Uint8Array, name: string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
}

const doc = (head: string, body: string) => `<!doctype html><html lang="sv"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

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

  it('prints documents asked for at the same time one after the other, each with only its own content', async () => {
    const [first, second] = await Promise.all([
      printHtmlToPdf(doc('<title>Ett</title>', '<h1>Första rapporten</h1>')),
      printHtmlToPdf(doc('<title>Två</title>', '<h1>Andra rapporten</h1>')),
    ]);
    expect(pdfText(first, 'first.pdf')).toContain('Första rapporten');
    expect(pdfText(first, 'first.pdf')).not.toContain('Andra');
    expect(pdfText(second, 'second.pdf')).toContain('Andra rapporten');
    expect(pdfText(second, 'second.pdf')).not.toContain('Första');
  });

  // The printing page is reused; a handout's Content-Security-Policy must not block the next document's styles.
  it('starts every print on a fresh document, so an earlier document’s CSP does not apply', async () => {
    await printHtmlToPdf(doc(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`, '<p>Utskrift</p>'));
    const next = await printHtmlToPdf(doc('<style>.dold { display: none; }</style>', '<p class="dold">Dold text</p><p>Synlig text</p>'));
    const text = pdfText(next, 'next.pdf');
    expect(text).toContain('Synlig text');
    expect(text).not.toContain('Dold text');
  });

  it('prints again after Chromium was closed', async () => {
    await closePdfPrinter();
    const again = await printHtmlToPdf(doc('<title>Igen</title>', '<p>Efter omstart</p>'));
    expect(pdfText(again, 'again.pdf')).toContain('Efter omstart');
  });

  it('starts Chromium again when it went away by itself', async () => {
    await (await launch()).close();
    const again = await printHtmlToPdf(doc('<title>Igen</title>', '<p>Ny Chromium</p>'));
    expect(pdfText(again, 'gone.pdf')).toContain('Ny Chromium');
  });
});
