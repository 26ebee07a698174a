import { STATUS_LABEL } from '../labels';
import type { EffectiveStatus } from '../domain/status';
import type { ChartBar } from './model';

/**
 * A horizontal bar chart as a self-contained SVG string: inline in the HTML report and
 * rasterised to PNG for the DOCX. Colours only in attributes (never style=), so the app's CSP
 * (style-src 'self') allows it in the preview. Colours are the app's status colours, each at
 * least 4.5:1 against white.
 */
export const STATUS_COLOUR: Record<EffectiveStatus, string> = {
  genomford: '#1b5e2a',
  pagaende: '#1f4e8c',
  ej_paborjad: '#4f5966',
  forsenad: '#9b1c13',
  ingen_uppfoljning: '#7a5500',
  avbruten: '#4d3270',
};

export const CHART_WIDTH = 640;
const ROW = 30;
const LABEL_WIDTH = 170;
const VALUE_SPACE = 48;
const PADDING = 12;

export function chartHeight(bars: ChartBar[]): number {
  return bars.length * ROW + PADDING * 2;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function chartSvg(title: string, bars: ChartBar[], options: { id?: string } = {}): string {
  const height = chartHeight(bars);
  const max = Math.max(1, ...bars.map((b) => b.count));
  const barSpace = CHART_WIDTH - LABEL_WIDTH - VALUE_SPACE - PADDING;
  const titleId = options.id ? ` id="${escapeXml(options.id)}"` : '';
  const rows = bars.map((bar, i) => {
    const y = PADDING + i * ROW;
    const width = bar.count === 0 ? 0 : Math.max(2, Math.round((bar.count / max) * barSpace));
    const label = escapeXml(STATUS_LABEL[bar.status]);
    return `<text x="${LABEL_WIDTH - 10}" y="${y + 19}" text-anchor="end" font-size="14" fill="#1d2330">${label}</text>`
      + `<rect x="${LABEL_WIDTH}" y="${y + 5}" width="${width}" height="${ROW - 10}" fill="${STATUS_COLOUR[bar.status]}"/>`
      + `<text x="${LABEL_WIDTH + width + 8}" y="${y + 19}" font-size="14" font-weight="700" fill="#1d2330">${bar.count}</text>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${CHART_WIDTH}" height="${height}" viewBox="0 0 ${CHART_WIDTH} ${height}"`
    + ` aria-label="${escapeXml(title)}" font-family="Liberation Sans, Arial, Helvetica, sans-serif">`
    + `<title${titleId}>${escapeXml(title)}</title>`
    + `<rect x="0" y="0" width="${CHART_WIDTH}" height="${height}" fill="#ffffff"/>`
    + `<line x1="${LABEL_WIDTH}" y1="${PADDING - 2}" x2="${LABEL_WIDTH}" y2="${height - PADDING + 2}" stroke="#525c6b" stroke-width="1"/>`
    + rows
    + '</svg>';
}
