/**
 * Turns what is on screen (the dashboard, or the presentation's slides) into one self-contained
 * HTML document for printing: the page's own CSS inline, the charts' SVG as drawn, the status
 * patterns they refer to, and nothing interactive. The main process prints it to a tagged PDF.
 */
const PRINT_CSS = `
@page { size: A4 landscape; margin: 12mm; }
html, body { background: #fff; }
body { margin: 0; font-size: 11pt; }
.handout-header { margin: 0 0 4mm; }
.handout-header h1 { font-size: 18pt; margin: 0; }
.handout-header p { margin: 1mm 0 0; color: #525c6b; }
.handout-page { break-after: page; }
.handout-page:last-child { break-after: auto; }
.dash-card, figure, tr { break-inside: avoid; }
svg { max-width: 100%; height: auto; }
[data-handout="omit"] { display: none !important; }
`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Every rule of the page's style sheets (all are the app's own, so readable). */
function pageCss(): string {
  const parts: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      parts.push(Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n'));
    } catch {
      // A sheet from another origin cannot be read; the app has none.
    }
  }
  return parts.join('\n');
}

/** A copy without controls: buttons become their text, inputs and marked parts go. */
function printable(node: HTMLElement): string {
  const copy = node.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[data-handout="omit"], input, select, textarea, dialog').forEach((el) => el.remove());
  copy.querySelectorAll('button').forEach((button) => {
    const span = document.createElement('span');
    span.className = button.className;
    span.innerHTML = button.innerHTML;
    button.replaceWith(span);
  });
  copy.querySelectorAll('[tabindex], [aria-pressed]').forEach((el) => {
    el.removeAttribute('tabindex');
    el.removeAttribute('aria-pressed');
  });
  copy.removeAttribute('inert');
  copy.removeAttribute('aria-hidden');
  return copy.outerHTML;
}

export function handoutDocument(options: { title: string; subtitle: string; pages: HTMLElement[] }): string {
  const patterns = document.getElementById('status-pattern-defs')?.outerHTML ?? '';
  const pages = options.pages.map((page) => `<div class="handout-page">${printable(page)}</div>`).join('\n');
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>${escapeHtml(options.title)}</title>
<style>${pageCss()}\n${PRINT_CSS}</style></head>
<body class="handout">${patterns}
<header class="handout-header"><h1>${escapeHtml(options.title)}</h1><p>${escapeHtml(options.subtitle)}</p></header>
<main>${pages}</main></body></html>`;
}
