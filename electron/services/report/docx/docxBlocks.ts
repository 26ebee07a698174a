import {
  BorderStyle, HeadingLevel, ImageRun, LineRuleType, Paragraph, ShadingType, Table, TableCell, TableOfContents, TableRow, TextRun, WidthType,
} from 'docx';
import { ASSESSMENT_LABEL, STATUS_LABEL } from '@shared/labels';
import type { ReportBlock, TableCell as ModelCell, TableColumn } from '@shared/report/model';
import { CHART_WIDTH, chartHeight, STATUS_COLOUR } from '@shared/report/chartSvg';
import { columnShares, SMALL_TABLE_ROWS } from '@shared/report/columnWidths';
import { ACCENT, TEXT_WIDTH } from './docxStyles';

/**
 * Report blocks as Word content. Tables: a header row that repeats on every page and rows
 * that are not split across pages. Charts: a PNG with alt text, followed by the same numbers
 * as a table.
 */
export type Child = Paragraph | Table | TableOfContents;

/** PNG of each chart, in document order (drawn beforehand: rasterising is asynchronous). */
export type ChartImages = Map<ReportBlock, Uint8Array>;

const RULE = { style: BorderStyle.SINGLE, size: 4, color: 'B9C0CA' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const HEAD_RULE = { style: BorderStyle.SINGLE, size: 10, color: ACCENT };

function cellRuns(cell: ModelCell): TextRun[] {
  if (typeof cell === 'string') return [new TextRun(cell)];
  const status = new TextRun({ text: STATUS_LABEL[cell.status], bold: true, color: STATUS_COLOUR[cell.status].slice(1) });
  return cell.mark ? [status, new TextRun({ text: cell.mark, break: 1, size: 16 })] : [status];
}

/** Twips per column, from what the columns hold (shared/report/columnWidths.ts), as in the PDF. */
function widths(columns: TableColumn[], rows: ModelCell[][]): number[] {
  return columnShares(columns, rows).map((share) => Math.floor(share * TEXT_WIDTH));
}


/** Borders and margins are set once per table, not per cell: a 500-row table stays small and fast to write. */
function cell(children: Paragraph[], width: number, header = false): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E9EDF2' }, borders: { bottom: HEAD_RULE } } : {}),
  });
}

function table(columns: TableColumn[], content: ModelCell[][], runs: (row: number, column: number) => TextRun[]): Table {
  const w = widths(columns, content);
  // A small table stays on one page with its caption: every row but the last keeps with the next.
  const keep = content.length <= SMALL_TABLE_ROWS;
  const paragraph = (children: TextRun[], keepNext: boolean) => new Paragraph({ style: 'TableText', keepNext, children });
  const head = new TableRow({
    tableHeader: true, cantSplit: true,
    children: columns.map((c, i) => cell([paragraph([new TextRun({ text: c.label, bold: true })], keep)], w[i], true)),
  });
  const rows = content.map((r, y) => r.map((_, x) => paragraph(runs(y, x), keep && y < content.length - 1)));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: w,
    borders: { top: NONE, left: NONE, right: NONE, bottom: RULE, insideHorizontal: RULE, insideVertical: NONE },
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    rows: [head, ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((p, i) => cell([p], w[i])) }))],
  });
}

function dataTable(caption: string, columns: TableColumn[], rows: ModelCell[][]): Child[] {
  return [
    new Paragraph({ style: 'TableCaption', text: caption }),
    table(columns, rows, (y, x) => cellRuns(rows[y][x])),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

/** Vår bedömning: the question beside the answer, which is usually the longer. */
const ASSESSMENT_COLUMNS: TableColumn[] = [{ label: 'Fråga', weight: 2 }, { label: 'Svar', weight: 3 }];

export function blockToDocx(block: ReportBlock, images: ChartImages): Child[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, text: block.text })];
    case 'paragraph':
      return [new Paragraph({ style: block.emphasis === 'lead' ? 'Lead' : block.emphasis === 'note' ? 'Note' : undefined, text: block.text })];
    case 'list':
      return block.items.map((item) => new Paragraph({ numbering: { reference: 'punktlista', level: 0 }, spacing: { after: 60 }, text: item }));
    case 'table':
      return dataTable(block.caption, block.columns, block.rows);
    case 'chart': {
      const png = images.get(block);
      // Scaled to the text width; the PNG itself is drawn at twice the size.
      const width = 600;
      const height = Math.round((chartHeight(block.bars) / CHART_WIDTH) * width);
      // The picture's paragraph has an automatic line height: with a fixed one (the document's
      // default line without a lineRule) LibreOffice cuts the picture to one line.
      const picture = png
        ? [new Paragraph({
          keepNext: true,
          spacing: { before: 0, after: 80, line: 240, lineRule: LineRuleType.AUTO },
          children: [new ImageRun({
            type: 'png', data: png, transformation: { width, height },
            altText: { name: block.title, title: block.title, description: block.description },
          })],
        })]
        : [];
      return [
        new Paragraph({ style: 'TableCaption', text: block.title }),
        ...picture,
        ...dataTable(`${block.title} – siffror`, [{ label: 'Status', weight: 3 }, { label: 'Antal åtgärder', weight: 1 }],
          block.bars.map((b) => [{ status: b.status }, String(b.count)])),
      ];
    }
    case 'assessment':
      return [
        new Paragraph({ style: 'TableCaption', text: 'Vår bedömning' }),
        table(ASSESSMENT_COLUMNS, block.rows.map((r) => [r.question, `${ASSESSMENT_LABEL[r.answer]}. ${r.motivation}`]), (y, x) => {
          const r = block.rows[y];
          return x === 0
            ? [new TextRun({ text: r.question, italics: true })]
            : [new TextRun({ text: `${ASSESSMENT_LABEL[r.answer]}.`, bold: true }), new TextRun(` ${r.motivation}`)];
        }),
        new Paragraph({ spacing: { after: 120 }, children: [] }),
      ];
    case 'signature':
      return [
        new Paragraph({ spacing: { before: 480 }, keepNext: Boolean(block.name || block.title), text: block.placeAndDate }),
        ...(block.name ? [new Paragraph({ spacing: { before: 480 }, keepNext: Boolean(block.title), children: [new TextRun({ text: block.name, bold: true })] })] : []),
        ...(block.title ? [new Paragraph({ text: block.title })] : []),
      ];
  }
}
