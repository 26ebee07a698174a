import { describe, expect, it } from 'vitest';
import type { ReportModel } from '@shared/report/model';
import { renderReportBody, renderReportHtml } from '@shared/report/renderHtml';
import { REPORT_CSS } from '@shared/report/reportCss';

const model: ReportModel = {
  kind: 'arsrapport', planId: 1, year: 2025, bodyId: null, asOf: '2025-12-31', closed: null,
  documentTitle: 'Uppföljning 2025 <test>',
  titlePage: { municipality: 'Åsbacka kommun', title: 'Uppföljning av handlingsplanen år 2025', subtitle: 'Handlingsplan', asOf: '2025-12-31', date: '2026-01-15', author: 'Strategen', diaryNumber: 'KS 2026/1' },
  chapters: [
    { id: 'sammanfattning', number: null, title: 'Sammanfattande bedömning och rekommendationer', blocks: [{ type: 'paragraph', text: 'Av 2 åtgärder är 1 genomförd & 1 <försenad>.' }] },
    {
      id: 'omrade-1', number: '2', title: 'Samordning',
      blocks: [
        { type: 'heading', level: 2, text: 'Åtgärder' },
        { type: 'table', caption: 'Åtgärder', columns: [{ label: 'Nr', weight: 1, nowrap: true }, { label: 'Status', weight: 2 }], rows: [['6.1', { status: 'forsenad' }]] },
        { type: 'chart', title: 'Status', description: 'Status. Av 2 åtgärder…', bars: [{ status: 'genomford', count: 1 }, { status: 'forsenad', count: 1 }] },
        { type: 'assessment', rows: [{ question: 'Har åtgärderna genomförts?', answer: 'delvis', motivation: 'En av två.' }] },
      ],
    },
  ],
};

describe('the kommun’s logo on the cover', () => {
  it('is drawn from Inställningar at a fixed size, with an alt text that says whose it is', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 80"><rect width="240" height="80"/></svg>';
    const body = renderReportBody(model, { logo: { name: 'logo.svg', type: 'image/svg+xml', base64: btoa(svg) } });
    expect(body).toContain(`<img class="tp-logo" src="data:image/svg+xml;base64,${btoa(svg)}" width="171" height="57" alt="Åsbacka kommuns logotyp">`);
    expect(renderReportBody(model)).not.toContain('<img');
  });
});

describe('the report HTML', () => {
  const html = renderReportHtml(model);

  it('is a complete Swedish document with the CSS embedded and page numbers from @page', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="sv">/);
    expect(html).toContain('<title>Uppföljning 2025 &lt;test&gt;</title>');
    expect(html).toContain(REPORT_CSS);
    expect(html).toMatch(/@page \{ size: A4;[\s\S]*counter\(page\)/);
  });

  it('has numbered h1 chapters, h2 sections, tables with thead and th scope, and escapes text', () => {
    expect(html).toContain('<h1 id="omrade-1-h">2. Samordning</h1>');
    expect(html).toContain('<h2>Åtgärder</h2>');
    expect(html).toMatch(/<thead><tr><th scope="col" class="cw-\d+ nw">Nr<\/th>/);
    expect(html).toContain('<td class="rs rs-forsenad">Försenad</td>');
    expect(html).toContain('1 genomförd &amp; 1 &lt;försenad&gt;.');
  });

  it('draws charts as inline SVG with role="img" and a name, and gives the numbers as a table', () => {
    expect(html).toMatch(/<svg [^>]*role="img"[^>]*aria-label="Status. Av 2 åtgärder…"/);
    expect(html).toContain('<title>Status. Av 2 åtgärder…</title>');
    expect(html).toContain('<caption>Status – siffror</caption>');
  });

  it('answers Vår bedömning with Ja, Delvis or Nej first, the question as a row header', () => {
    expect(html).toContain('<caption>Vår bedömning</caption><thead><tr><th scope="col">Fråga</th><th scope="col">Svar</th></tr></thead>');
    expect(html).toContain('<th scope="row">Har åtgärderna genomförts?</th><td><span class="answer">Delvis.</span> En av två.</td>');
  });

  it('uses no style attribute, <style> element or script in the preview markup (the app’s CSP forbids them)', () => {
    const body = renderReportBody(model);
    expect(body).not.toMatch(/\sstyle=|<style|<script/i);
    expect(body.startsWith('<div class="report-doc">')).toBe(true);
  });
});
