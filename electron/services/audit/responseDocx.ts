import {
  AlignmentType, BorderStyle, Document, Footer, HeadingLevel, LineRuleType, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell,
  TableRow, TextRun, WidthType,
} from 'docx';
import { formatDateLong } from '../../../shared/dates';
import { ASSESSMENT_LABEL, STATUS_LABEL } from '../../../shared/labels';
import { cleanText, cleanTextDeep } from '../../../shared/textRule';
import type { ResponseItem, ResponseModel } from './responseModel';

/**
 * "Svar på revisionsrapport": a draft tjänsteutlåtande in the shape of seed 003 (förslag till
 * beslut, sammanfattning, bakgrund, ärendet, förvaltningens synpunkter), where each recommendation
 * is quoted and followed by the nämnd's answer as in seed 002. The nämnd finishes it in Word, so
 * it uses Word's own heading and quote styles (the navigation pane and a table of contents work)
 * and is marked as Swedish text for the spelling checker.
 */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const FONT = 'Calibri';
const QUOTE_STYLE = 'Quote';
/** Where the nämnd must write something itself: visible in the draft, easy to find. */
const PLACEHOLDER = { highlight: 'yellow' as const };

function paragraphs(text: string): Paragraph[] {
  return text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter((p) => p !== '').map((p) => new Paragraph({ text: p }));
}

function heading(text: string, level: 1 | 2 = 1): Paragraph {
  return new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 });
}

function placeholder(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, ...PLACEHOLDER })] });
}

/** "Kommunstyrelsen, Socialnämnden och Åsbackahem AB" */
function listSv(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} och ${names[names.length - 1]}`;
}

function auditedBy(model: ResponseModel): string {
  return model.audit.auditor || 'Revisorerna';
}

function headerBlock(model: ResponseModel): Paragraph[] {
  const { audit } = model;
  const line = (label: string, value: string): Paragraph =>
    new Paragraph({ children: [new TextRun({ text: `${label}\t`, bold: true }), new TextRun(value)], tabStops: [{ type: 'left', position: 1800 }] });
  return [
    new Paragraph({ children: [new TextRun({ text: 'Tjänsteutlåtande – utkast', bold: true, allCaps: true, size: 18 })] }),
    ...(model.municipality ? [line('Kommun', model.municipality)] : []),
    line('Datum', model.date),
    new Paragraph({ children: [new TextRun({ text: 'Handläggare\t', bold: true }), new TextRun({ text: '[Namn, telefon]', ...PLACEHOLDER })], tabStops: [{ type: 'left', position: 1800 }] }),
    line('Till', model.bodyName),
    new Paragraph({ text: audit.title ? `Revisionsrapport – ${audit.title}` : 'Revisionsrapport', heading: HeadingLevel.TITLE }),
    new Paragraph({
      children: [new TextRun({ text: `Svar på revisionsrapport från ${auditedBy(model)}${audit.diaryNumber ? `, dnr ${audit.diaryNumber}` : ''}`, italics: true })],
      spacing: { after: 240 },
    }),
  ];
}

function decisionText(model: ResponseModel): string {
  return `${model.bodyName} godkänner förvaltningens tjänsteutlåtande som svar på revisionsrapporten och överlämnar det till revisorerna.`;
}

function summary(model: ResponseModel): Paragraph[] {
  const { audit, items } = model;
  const scope = model.auditedBodyNames.length > 0 ? ` De som har granskats är ${listSv(model.auditedBodyNames)}.` : '';
  const count = items.length === 1 ? 'en av rapportens rekommendationer' : `${items.length} av rapportens ${model.recommendationCount} rekommendationer`;
  return [
    heading('Sammanfattning'),
    new Paragraph({ text: `${auditedBy(model)} har granskat ${audit.title ? `”${audit.title}”` : 'kommunens arbete'}.${scope}` }),
    ...(items.length > 0
      ? [new Paragraph({ text: `Till ${model.bodyName} riktas ${count}. Förvaltningens svar på var och en av dem finns under Förvaltningens synpunkter.` })]
      : [new Paragraph({ text: `Granskningen riktar inga rekommendationer till ${model.bodyName}.` })]),
    placeholder('[Sammanfatta nämndens svar här.]'),
    new Paragraph({ text: decisionText(model) }),
  ];
}

function background(model: ResponseModel): Paragraph[] {
  const { audit } = model;
  const handedTo = model.auditedBodyNames.length > 0 ? ` och överlämnat den till ${listSv(model.auditedBodyNames)}` : '';
  const reported = audit.reportDate ? ` den ${formatDateLong(audit.reportDate)}` : '';
  const due = audit.answerDue ? ` Svaret ska ha inkommit senast den ${formatDateLong(audit.answerDue)}.` : '';
  return [
    heading('Bakgrund'),
    new Paragraph({ text: `${auditedBy(model)} har${reported} lämnat revisionsrapporten ”${audit.title}”${handedTo}.${due}` }),
    ...(audit.purpose ? [new Paragraph({ text: 'Syftet med granskningen:' }), ...paragraphs(audit.purpose)] : []),
  ];
}

function cell(children: Paragraph[], options: { header?: boolean; width: number }): TableCell {
  return new TableCell({
    children,
    width: { size: options.width, type: WidthType.PERCENTAGE },
    shading: options.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7ECF2' } : undefined,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
  });
}

/** Revisionsfråga | Bedömning, as in the audit's own "Vår bedömning" tables. */
function questionTable(model: ResponseModel): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '8A94A3' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          cell([new Paragraph({ children: [new TextRun({ text: 'Revisionsfråga', bold: true })] })], { header: true, width: 45 }),
          cell([new Paragraph({ children: [new TextRun({ text: 'Revisorernas bedömning', bold: true })] })], { header: true, width: 55 }),
        ],
      }),
      ...model.questions.map((q) => new TableRow({
        children: [
          cell([new Paragraph({ text: q.question })], { width: 45 }),
          cell([new Paragraph({
            children: [
              new TextRun({ text: q.assessment ? ASSESSMENT_LABEL[q.assessment] : 'Ej bedömd', bold: true }),
              ...(q.motivation ? [new TextRun(`. ${q.motivation}`)] : []),
            ],
          })], { width: 55 }),
        ],
      })),
    ],
  });
}

function matter(model: ResponseModel): (Paragraph | Table)[] {
  const { audit } = model;
  return [
    heading('Ärendet'),
    ...(audit.summaryAssessment
      ? [new Paragraph({ text: 'Revisorernas sammanfattande bedömning:' }), ...paragraphs(audit.summaryAssessment)]
      : [placeholder('[Revisorernas sammanfattande bedömning saknas i planfilen.]')]),
    ...(model.questions.length > 0
      ? [heading('Revisionsfrågor och bedömningar', 2), questionTable(model), new Paragraph({ text: '' })]
      : []),
  ];
}

function answerBlock(item: ResponseItem): Paragraph[] {
  const { answer } = item;
  const details: string[] = [];
  if (answer.responsible) details.push(`Ansvarig: ${answer.responsible}`);
  if (answer.deadline) details.push(`Klart senast: ${answer.deadline}`);
  details.push(`Status: ${STATUS_LABEL[answer.status]}`);
  return [
    heading(`Rekommendation ${item.number}`, 2),
    ...item.text.split(/\n+/).filter((t) => t.trim() !== '').map((t) => new Paragraph({ text: t.trim(), style: QUOTE_STYLE })),
    ...(answer.response.trim() ? paragraphs(answer.response) : [placeholder('[Svar saknas – skriv nämndens svar här.]')]),
    ...(answer.plannedMeasures.trim()
      ? [new Paragraph({ children: [new TextRun({ text: 'Planerade åtgärder: ', bold: true }), new TextRun(answer.plannedMeasures.trim())] })]
      : []),
    new Paragraph({ children: [new TextRun({ text: details.join(' · '), size: 20 })] }),
    ...(item.linkedActions.length > 0
      ? [new Paragraph({ children: [new TextRun({ text: `Åtgärder i handlingsplanen: ${item.linkedActions.join('; ')}`, size: 20 })] })]
      : []),
    ...(item.alsoTo.length > 0
      ? [new Paragraph({ children: [new TextRun({ text: `Rekommendationen riktas också till ${listSv(item.alsoTo)}.`, size: 20 })] })]
      : []),
  ];
}

function viewpoints(model: ResponseModel): Paragraph[] {
  return [
    heading('Förvaltningens synpunkter'),
    ...(model.items.length > 0
      ? [new Paragraph({ text: 'Nedan citeras varje rekommendation till nämnden, följd av förvaltningens svar.' })]
      : [placeholder('[Skriv förvaltningens synpunkter på rapporten här.]')]),
    ...model.items.flatMap(answerBlock),
    new Paragraph({ text: `Förvaltningen föreslår att ${model.bodyName} godkänner detta tjänsteutlåtande som svar på revisionsrapporten.`, spacing: { before: 240 } }),
  ];
}

function appendix(model: ResponseModel): Paragraph[] {
  const { audit } = model;
  const parts = [audit.title, 'revisionsrapport', audit.auditor, audit.diaryNumber ? `dnr ${audit.diaryNumber}` : ''].filter((p) => p);
  return [heading('Bilaga'), new Paragraph({ text: `1. ${parts.join(', ')}` })];
}

export function responseDocument(model: ResponseModel): Document {
  return new Document({
    creator: 'Planuppföljning',
    title: `Svar på revisionsrapport – ${model.audit.title}`,
    subject: model.bodyName,
    description: 'Utkast till tjänsteutlåtande som svar på revisionsrapport',
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
      children: [
        ...headerBlock(model),
        heading('Förvaltningens förslag till beslut'),
        new Paragraph({ text: decisionText(model) }),
        ...summary(model),
        ...background(model),
        ...matter(model),
        ...viewpoints(model),
        ...appendix(model),
      ],
    }],
  });
}

/** Text enters the document here, cleaned (shared/textRule.ts), so no old row can break the DOCX. */
export async function renderResponseDocx(model: ResponseModel): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(responseDocument(cleanTextDeep(model))));
}

/** "Svar på revisionsrapport – Socialnämnden.docx", without characters a file system refuses. */
export function responseFileName(model: ResponseModel): string {
  return `Svar på revisionsrapport – ${cleanText(model.bodyName).replace(/\s+/g, ' ')}.docx`.replace(/[\\/:*?"<>|]+/g, '-');
}
