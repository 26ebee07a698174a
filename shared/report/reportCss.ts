/**
 * The report's look, as a string: embedded in a <style> in the exported HTML (and so in the PDF),
 * and adopted as a constructable stylesheet by the in-app preview, where the CSP forbids <style>
 * elements. Every rule is scoped under .report-doc so the preview cannot restyle the app.
 * Calm like a kommun's handlingar: serif body text, sans-serif headings, generous margins.
 */
export const REPORT_CSS = `
.report-doc {
  --r-text: #1d2330; --r-muted: #4a5462; --r-rule: #b9c0ca; --r-accent: #1f3f6e; --r-head-bg: #e9edf2;
  color: var(--r-text);
  font-family: Georgia, Cambria, 'Liberation Serif', 'DejaVu Serif', serif;
  font-size: 11pt;
  line-height: 1.5;
  counter-reset: none;
}
.report-doc .sheet { background: #fff; }
.report-doc h1, .report-doc h2, .report-doc h3, .report-doc .tp-title, .report-doc .toc-title, .report-doc caption,
.report-doc table, .report-doc .tp-municipality, .report-doc .tp-facts {
  font-family: 'Segoe UI', Arial, 'Liberation Sans', Helvetica, sans-serif;
}
.report-doc h1 { font-size: 18pt; font-weight: 600; color: var(--r-accent); margin: 0 0 14pt; line-height: 1.25; }
.report-doc h2 { font-size: 13pt; font-weight: 600; color: var(--r-accent); margin: 18pt 0 6pt; line-height: 1.3; break-after: avoid; }
.report-doc h3 { font-size: 11pt; font-weight: 700; margin: 14pt 0 4pt; break-after: avoid; }
.report-doc p { margin: 0 0 8pt; orphans: 3; widows: 3; }
.report-doc p.lead { font-size: 12pt; }
.report-doc p.note { color: var(--r-muted); font-size: 10pt; }
.report-doc ul { margin: 0 0 10pt; padding-left: 18pt; }
.report-doc li { margin-bottom: 4pt; }
.report-doc li::marker { color: var(--r-accent); }
.report-doc a { color: inherit; text-decoration: none; }

.report-doc table { width: 100%; border-collapse: collapse; margin: 4pt 0 14pt; font-size: 9pt; line-height: 1.35; }
.report-doc caption { caption-side: top; text-align: left; font-weight: 600; font-size: 9.5pt; padding: 0 0 4pt; color: var(--r-text); }
.report-doc thead { display: table-header-group; }
.report-doc tr { break-inside: avoid; }
.report-doc table.keep { break-inside: avoid; }
.report-doc th, .report-doc td { text-align: left; vertical-align: top; padding: 4pt 5pt; border-bottom: 0.75pt solid var(--r-rule); }
.report-doc thead th { background: var(--r-head-bg); border-bottom: 1.25pt solid var(--r-accent); font-weight: 600; }
.report-doc .nw { white-space: nowrap; }
${Array.from({ length: 100 }, (_, i) => `.report-doc th.cw-${i + 1} { width: ${i + 1}%; }`).join('\n')}
.report-doc .rs { font-weight: 600; }
.report-doc td, .report-doc th { overflow-wrap: normal; word-break: normal; hyphens: manual; }
.report-doc .rs-genomford { color: #1b5e2a; }
.report-doc .rs-pagaende { color: #1f4e8c; }
.report-doc .rs-ej_paborjad { color: #3d4654; }
.report-doc .rs-forsenad { color: #9b1c13; }
.report-doc .rs-ingen_uppfoljning { color: #6b4a00; }
.report-doc .rs-avbruten { color: #4d3270; }

.report-doc table.assessment { font-size: 10pt; }
.report-doc table.assessment th[scope='row'] { width: 38%; font-weight: 400; font-style: italic; }
.report-doc .answer { font-weight: 700; }

.report-doc figure { margin: 6pt 0 6pt; break-inside: avoid; }
.report-doc figure svg { display: block; max-width: 100%; height: auto; }
.report-doc figcaption { font-family: 'Segoe UI', Arial, 'Liberation Sans', sans-serif; font-size: 9.5pt; font-weight: 600; margin-bottom: 4pt; }
.report-doc table.chart-data { width: auto; min-width: 50%; }

.report-doc .title-page { display: flex; flex-direction: column; }
.report-doc .tp-logo { display: block; margin: 0 0 14pt; align-self: flex-start; }
.report-doc .tp-municipality { font-size: 14pt; letter-spacing: 0.04em; text-transform: uppercase; color: var(--r-accent); margin: 0; }
.report-doc .tp-rule { border: 0; border-top: 2pt solid var(--r-accent); width: 40%; margin: 10pt 0 40mm; }
.report-doc .tp-title { font-size: 28pt; font-weight: 600; line-height: 1.15; margin: 0 0 12pt; color: var(--r-text); }
.report-doc .tp-subtitle { font-size: 14pt; margin: 0 0 30mm; color: var(--r-muted); max-width: 85%; }
.report-doc .tp-facts { margin-top: auto; display: grid; grid-template-columns: max-content 1fr; gap: 3pt 14pt; font-size: 10pt; }
.report-doc .tp-facts dt { color: var(--r-muted); }
.report-doc .tp-facts dd { margin: 0; }
.report-doc .tp-closed { margin-top: 8pt; font-size: 9.5pt; color: var(--r-muted); }

.report-doc .toc-title { font-size: 18pt; font-weight: 600; color: var(--r-accent); margin: 0 0 14pt; }
.report-doc .toc ol { list-style: none; padding: 0; margin: 0; }
.report-doc .toc > ol > li { margin: 6pt 0 2pt; font-weight: 600; }
.report-doc .toc ol ol { padding-left: 16pt; font-weight: 400; }
.report-doc .toc ol ol li { margin: 1pt 0; }

@media screen {
  .report-doc .sheet {
    width: 210mm; min-height: 297mm; margin: 0 auto 24px; padding: 25mm 22mm 25mm 25mm;
    box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25);
  }
  .report-doc .title-page { height: 297mm; }
}
@media print {
  .report-doc .sheet { break-after: page; }
  .report-doc .sheet:last-child { break-after: auto; }
  .report-doc .title-page { height: 235mm; }
}
`;

function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
}

/**
 * A4 pages with a running header and the page number in the footer (CSS page-margin boxes,
 * printed by Chromium 131 and later). The title page has neither. Only in the exported document:
 * in the app it would style the app's own printing.
 */
export function pageCss(runningHeader: string): string {
  const margin = "font-family: 'Segoe UI', Arial, 'Liberation Sans', sans-serif; font-size: 8.5pt; color: #4a5462;";
  return `
@page { size: A4; margin: 24mm 21mm 22mm 25mm;
  @top-right { content: ${cssString(runningHeader)}; ${margin} }
  @bottom-right { content: counter(page); ${margin} }
}
@page :first { @top-right { content: none; } @bottom-right { content: none; } }
html, body { margin: 0; background: #fff; }
`;
}
