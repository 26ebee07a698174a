import {
  AlignmentType, BorderStyle, Document, Footer, HeadingLevel, LevelFormat, LineRuleType, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell,
  TableRow, TextRun, WidthType,
} from 'docx';
import { cleanText, cleanTextDeep } from '@shared/textRule';
import type { ResponseForm } from '@shared/domain/auditResponse';
import { logoParagraph, type DrawSvg } from '../report/docx/docxLogo';
import type { ResponseModel } from './responseModel';
import { svarDocument, type SvarBlock, type SvarDocument } from './responseDocument';

/**
 * The svar på revisionsrapport in Word (responseDocument.ts decides what it says): Word's own
 * Title, Heading and Quote styles so the navigation pane and a table of contents work, sv-SE on
 * every style for the spelling checker, automatic line heights (LibreOffice cuts a picture in a
 * paragraph with a fixed one), the kommun's logo at the top, and no placeholder anywhere: what
 * the nämnd has not written is left out, and the export asks about it first.
 */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const FONT = 'Calibri';
const QUOTE_STYLE = 'Quote';
const ATTACHMENTS = 'bilagor';
const BULLETS = 'punkter';
const LABEL_TAB = 1800;

type Child = Paragraph | Table;

function cell(children: Paragraph[], options: { header?: boolean; width: number }): TableCell {
  return new TableCell({
    children,
    width: { size: options.width, type: WidthType.PERCENTAGE },
    shading: options.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7ECF2' } : undefined,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

/** Revisionsfråga | Revisorernas bedömning, as in the audit's own "Vår bedömning" tables. */
function questionTable(rows: { question: string; answer: string }[]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '8A94A3' };
  const text = (value: string, bold = false) => new Paragraph({ children: [new TextRun({ text: value, bold })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({
        tableHeader: true, cantSplit: true,
        children: [cell([text('Revisionsfråga', true)], { header: true, width: 45 }), cell([text('Revisorernas bedömning', true)], { header: true, width: 55 })],
      }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: [cell([text(r.question)], { width: 45 }), cell([text(r.answer)], { width: 55 })] })),
    ],
  });
}

function blockToDocx(block: SvarBlock): Child[] {
  switch (block.type) {
    case 'kind':
      return [new Paragraph({ children: [new TextRun({ text: block.text, bold: true, allCaps: true, size: 18 })] })];
    case 'facts':
      return block.rows.map(([label, value], i) => new Paragraph({
        tabStops: [{ type: 'left', position: LABEL_TAB }],
        spacing: block.spaced && i === 0 ? { before: 480 } : undefined,
        children: [new TextRun({ text: `${label}\t`, bold: true }), new TextRun(value)],
      }));
    case 'title':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.TITLE })];
    case 'subtitle':
      return [new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: block.text, italics: true })] })];
    case 'heading':
      return [new Paragraph({ text: block.text, heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 })];
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun({ text: block.text, size: block.small ? 20 : undefined })] })];
    case 'quote':
      return [new Paragraph({ text: block.text, style: QUOTE_STYLE })];
    case 'questions':
      return [questionTable(block.rows), new Paragraph({ children: [] })];
    case 'signatures':
      return block.people.flatMap((person) => [
        new Paragraph({ spacing: { before: 480 }, keepNext: true, children: [new TextRun(person.name)] }),
        ...person.lines.map((line, i) => new Paragraph({ keepNext: i < person.lines.length - 1, children: [new TextRun({ text: line, size: 20 })] })),
      ]);
    case 'numbered':
      return block.items.map((text) => new Paragraph({ text, numbering: { reference: ATTACHMENTS, level: 0 } }));
    case 'bullets':
      return block.items.map((text) => new Paragraph({ text, numbering: { reference: BULLETS, level: 0 } }));
  }
}

export async function responseDocument(model: ResponseModel, document: SvarDocument, draw?: DrawSvg): Promise<Document> {
  // An SVG logo needs a PNG drawn from it for Word; without a way to draw (a test), it is left out.
  const logo = model.logo && (model.logo.type === 'image/png' || draw)
    ? [await logoParagraph(model.logo, model.municipality, draw ?? (() => Promise.reject(new Error('ingen ritare'))))]
    : [];
  // Who wrote it, as Word's document properties say it: the handläggare, else the program.
  const creator = model.draft.officerName.trim() || 'Planuppföljning';
  return new Document({
    creator,
    lastModifiedBy: creator,
    title: document.title,
    subject: model.body.name,
    description: document.form === 'yttrande' ? 'Nämndens yttrande över revisionsrapport' : 'Tjänsteutlåtande som svar på revisionsrapport',
    styles: {
      default: {
        document: { run: { font: FONT, size: 22, language: { value: 'sv-SE' } }, paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } } },
        title: { run: { font: FONT, size: 36, bold: true, color: '1D2330' }, paragraph: { spacing: { before: 240, after: 60 } } },
        heading1: { run: { font: FONT, size: 28, bold: true, color: '1F4E8C' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
        heading2: { run: { font: FONT, size: 24, bold: true, color: '1D2330' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
      },
      paragraphStyles: [{
        id: QUOTE_STYLE, name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true,
        run: { italics: true, color: '3D4654' },
        paragraph: { indent: { left: 567 }, border: { left: { style: BorderStyle.SINGLE, size: 12, color: '8A94A3', space: 8 } } },
      }],
    },
    numbering: {
      config: [
        // Word numbers the attachments ("1."), so the text itself never begins with a digit.
        { reference: ATTACHMENTS, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] },
        { reference: BULLETS, levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 400, hanging: 260 } } } }] },
      ],
    },
    sections: [{
      properties: { page: { margin: { top: 1418, bottom: 1418, left: 1418, right: 1418 } } },
      footers: {
        default: new Footer({
          children: [new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: ['Sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES], size: 18 })],
          })],
        }),
      },
      children: [...logo, ...document.blocks.flatMap(blockToDocx)],
    }],
  });
}

/** Text enters the document here, cleaned (shared/textRule.ts), so no old row can break the DOCX. */
export async function renderResponseDocx(stored: ResponseModel, form: ResponseForm = 'tjansteutlatande', draw?: DrawSvg): Promise<Uint8Array> {
  const model = cleanTextDeep(stored);
  return new Uint8Array(await Packer.toBuffer(await responseDocument(model, svarDocument(model, form), draw)));
}

/** "Svar på revisionsrapport – Socialnämnden.docx", "Yttrande över revisionsrapport – Socialnämnden.docx", without characters a file system refuses. */
export function responseFileName(model: ResponseModel, form: ResponseForm = 'tjansteutlatande'): string {
  const kind = form === 'yttrande' ? 'Yttrande över revisionsrapport' : 'Svar på revisionsrapport';
  return `${kind} – ${cleanText(model.body.name).replace(/\s+/g, ' ')}.docx`.replace(/[\\/:*?"<>|]+/g, '-');
}
