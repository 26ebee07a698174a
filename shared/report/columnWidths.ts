import { STATUS_LABEL } from '../labels';
import type { TableCell, TableColumn } from './model';

/**
 * Column widths from what the columns hold, for the DOCX and the PDF alike, so that no word is
 * broken inside a cell ("Genomför/d", "Arbetsmarknads/nämnden" in issue 15): every column is at
 * least as wide as its longest word — a whole status or number for a nowrap column — and the
 * room that is left goes to the columns with the most text. Long names still wrap at spaces and
 * after hyphens ("Barn- och utbildningsnämnden"). Widths are measured in characters of the
 * table's type; the renderers turn the shares into twips or per cent.
 */

/** A table this small is kept on one page with its caption, in the DOCX (keepNext) and the PDF (break-inside). */
export const SMALL_TABLE_ROWS = 8;

/** About how many characters of the tables' 8.5–9 pt sans-serif fit on the text width of an A4 page. */
export const CHARACTERS_PER_LINE = 96;
/** Cell padding on both sides, in characters. */
const PADDING = 1.5;
/** Bold text (headers, statuses) is about a tenth wider. */
const BOLD = 1.1;

/** A status may wrap at its space ("Ingen / uppföljning"), never inside a word: it is measured by its words. */
function cellText(cell: TableCell): { text: string; bold: boolean; words: boolean } {
  return typeof cell === 'string' ? { text: cell, bold: false, words: false } : { text: STATUS_LABEL[cell.status], bold: true, words: true };
}

/** The longest piece that must not be broken: a word, or (after a hyphen) the part of one. */
function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+|(?<=-)/).map((w) => [...w].length));
}

function lengthOf(text: string): number {
  return [...text].length;
}

export function columnShares(columns: readonly TableColumn[], rows: readonly (readonly TableCell[])[]): number[] {
  const minimum = columns.map((column, i) => {
    const header = longestWord(column.label) * BOLD;
    const cells = rows.map((row) => {
      const { text, bold, words } = cellText(row[i] ?? '');
      return (column.nowrap && !words ? lengthOf(text) : longestWord(text)) * (bold ? BOLD : 1);
    });
    return Math.max(header, ...cells) + PADDING;
  });
  // What a column would like: its longest text on one line, but never more than the page.
  const wanted = columns.map((column, i) => Math.min(CHARACTERS_PER_LINE,
    Math.max(lengthOf(column.label) * BOLD, ...rows.map((row) => lengthOf(cellText(row[i] ?? '').text))) + PADDING));
  const totalMinimum = minimum.reduce((a, b) => a + b, 0);
  if (totalMinimum >= CHARACTERS_PER_LINE) return minimum.map((m) => m / totalMinimum);
  // The room left goes to the columns whose text would still wrap, in proportion to how much more
  // they want times their weight (the model's hint of what matters); a column never gets more than
  // it wants while another still wraps, and what is over at the end is shared by all.
  const widths = [...minimum];
  let room = CHARACTERS_PER_LINE - totalMinimum;
  let open = columns.map((_, i) => i).filter((i) => wanted[i] > minimum[i]);
  while (room > 0.01 && open.length > 0) {
    const claim = (i: number) => (wanted[i] - minimum[i]) * columns[i].weight;
    const total = open.reduce((sum, i) => sum + claim(i), 0);
    for (const i of open) widths[i] += total > 0 ? (room * claim(i)) / total : room / open.length;
    room = 0;
    for (const i of open) {
      if (widths[i] > wanted[i]) {
        room += widths[i] - wanted[i];
        widths[i] = wanted[i];
      }
    }
    open = open.filter((i) => widths[i] < wanted[i]);
  }
  const sum = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => w / sum);
}
