import { formatDateLong } from '../dates';
import { logoDataUri, type Logo } from '../domain/settings';
import { genitive } from '../text';
import { logoDrawSize } from './logoSize';
import { ASSESSMENT_LABEL, STATUS_LABEL } from '../labels';
import { chartSvg } from './chartSvg';
import { columnShares, SMALL_TABLE_ROWS } from './columnWidths';
import type { ReportBlock, ReportChapter, ReportModel, TableCell, TableColumn } from './model';
import { pageCss, REPORT_CSS } from './reportCss';

/**
 * The report as HTML: one pure function for the exported document (and so the PDF) and for the
 * in-app preview. No style attributes and no scripts, so the markup passes the app's CSP and
 * prints the same everywhere. Headings are real h1–h3; tables have <thead> and th scope.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function chapterHeading(chapter: Pick<ReportChapter, 'number' | 'title'>): string {
  return chapter.number ? `${chapter.number}. ${chapter.title}` : chapter.title;
}

/** A status colours its whole cell (a class on the <td>, no extra element: fewer tags in the PDF). */
function cellHtml(cell: TableCell, nowrap: boolean): string {
  if (typeof cell === 'string') return `<td${nowrap ? ' class="nw"' : ''}>${escapeHtml(cell)}</td>`;
  return `<td class="rs rs-${cell.status}">${escapeHtml(STATUS_LABEL[cell.status])}</td>`;
}

/** Column widths as classes (cw-1 … cw-100, in per cent; the CSP forbids style attributes), from what the columns hold. */
function columnClass(column: TableColumn, share: number): string {
  const width = Math.min(100, Math.max(1, Math.round(share * 100)));
  return `cw-${width}${column.nowrap ? ' nw' : ''}`;
}

function tableHtml(caption: string, columns: TableColumn[], rows: TableCell[][], className = ''): string {
  const shares = columnShares(columns, rows);
  const head = columns.map((c, i) => `<th scope="col" class="${columnClass(c, shares[i])}">${escapeHtml(c.label)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell, i) => cellHtml(cell, columns[i]?.nowrap === true)).join('')}</tr>`).join('');
  const classes = [className, rows.length <= SMALL_TABLE_ROWS ? 'keep' : ''].filter(Boolean).join(' ');
  return `<table${classes ? ` class="${classes}"` : ''}><caption>${escapeHtml(caption)}</caption>`
    + `<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** `id` is unique in the document: the chart's caption is referenced by it. */
function blockHtml(block: ReportBlock, id: string): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p${block.emphasis ? ` class="${block.emphasis}"` : ''}>${escapeHtml(block.text)}</p>`;
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
    case 'table':
      return tableHtml(block.caption, block.columns, block.rows);
    case 'chart': {
      const data = tableHtml(`${block.title} – siffror`, [{ label: 'Status', weight: 3, nowrap: true }, { label: 'Antal åtgärder', weight: 2, nowrap: true }],
        block.bars.map((b) => [{ status: b.status }, String(b.count)]), 'chart-data');
      return `<figure aria-labelledby="${id}"><figcaption id="${id}">${escapeHtml(block.title)}</figcaption>`
        + `${chartSvg(block.description, block.bars)}</figure>${data}`;
    }
    case 'assessment': {
      const rows = block.rows.map((r) => `<tr><th scope="row">${escapeHtml(r.question)}</th>`
        + `<td><span class="answer">${ASSESSMENT_LABEL[r.answer]}.</span> ${escapeHtml(r.motivation)}</td></tr>`).join('');
      return '<table class="assessment keep"><caption>Vår bedömning</caption>'
        + `<thead><tr><th scope="col">Fråga</th><th scope="col">Svar</th></tr></thead><tbody>${rows}</tbody></table>`;
    }
  }
}

/** What the printed report shows besides the model: the kommun's logo from Inställningar, if there is one. */
export interface ReportExtras {
  logo?: Logo | null;
}

/** The logo on the cover, at a fixed size; its alt text names whose it is. */
function logoHtml(logo: Logo | null | undefined, municipality: string): string {
  if (!logo) return '';
  const { width, height } = logoDrawSize(logo);
  return `<img class="tp-logo" src="${logoDataUri(logo)}" width="${width}" height="${height}" alt="${escapeHtml(municipality ? `${genitive(municipality)} logotyp` : 'Logotyp')}">`;
}

function titlePageHtml(model: ReportModel, extras: ReportExtras): string {
  const t = model.titlePage;
  const facts: [string, string][] = [
    ['Status per', formatDateLong(t.asOf)],
    ['Datum', formatDateLong(t.date)],
    ...(t.author ? [['Upprättad av', t.author] as [string, string]] : []),
    ...(t.diaryNumber ? [['Diarienummer', t.diaryNumber] as [string, string]] : []),
  ];
  const closed = model.closed
    ? `<p class="tp-closed">Året är stängt ${escapeHtml(formatDateLong(model.closed.closedAt.slice(0, 10)))}: rapporten visar uppgifterna som de var då.</p>`
    : '';
  return `<section class="sheet title-page" aria-label="Titelsida">${logoHtml(extras.logo, t.municipality)}`
    + `<p class="tp-municipality">${escapeHtml(t.municipality)}</p><hr class="tp-rule">`
    + `<p class="tp-title">${escapeHtml(t.title)}</p><p class="tp-subtitle">${escapeHtml(t.subtitle)}</p>`
    + `<dl class="tp-facts">${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>${closed}</section>`;
}

function tocHtml(model: ReportModel): string {
  const items = model.chapters.map((c) => {
    const subs = c.blocks.filter((b): b is Extract<ReportBlock, { type: 'heading' }> => b.type === 'heading' && b.level === 2);
    const nested = subs.length > 0 ? `<ol>${subs.map((s) => `<li>${escapeHtml(s.text)}</li>`).join('')}</ol>` : '';
    return `<li><a href="#${c.id}">${escapeHtml(chapterHeading(c))}</a>${nested}</li>`;
  }).join('');
  return `<nav class="sheet toc" aria-labelledby="toc-title"><p class="toc-title" id="toc-title">Innehållsförteckning</p><ol>${items}</ol></nav>`;
}

function chapterHtml(chapter: ReportChapter): string {
  return `<section class="sheet chapter" id="${chapter.id}" aria-labelledby="${chapter.id}-h">`
    + `<h1 id="${chapter.id}-h">${escapeHtml(chapterHeading(chapter))}</h1>${chapter.blocks.map((b, i) => blockHtml(b, `${chapter.id}-${i}`)).join('')}</section>`;
}

/** The report's markup for the preview: sheets inside a .report-doc container. */
export function renderReportBody(model: ReportModel, extras: ReportExtras = {}): string {
  return `<div class="report-doc">${titlePageHtml(model, extras)}${tocHtml(model)}${model.chapters.map(chapterHtml).join('')}</div>`;
}

/** A complete, self-contained A4 document: what the PDF is printed from and the HTML export is. */
export function renderReportHtml(model: ReportModel, extras: ReportExtras = {}): string {
  const header = `${model.titlePage.municipality} – ${model.titlePage.title}`;
  return '<!doctype html>\n<html lang="sv"><head><meta charset="utf-8">'
    + `<meta name="author" content="${escapeHtml(model.titlePage.author)}">`
    + `<title>${escapeHtml(model.documentTitle)}</title><style>${REPORT_CSS}${pageCss(header)}</style></head>`
    + `<body>${renderReportBody(model, extras)}</body></html>\n`;
}
