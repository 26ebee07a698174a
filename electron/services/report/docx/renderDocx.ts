import {
  AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, TableOfContents, TextRun,
} from 'docx';
import { formatDateLong } from '@shared/dates';
import type { ReportBlock, ReportModel } from '@shared/report/model';
import { CHART_WIDTH, chartHeight, chartSvg } from '@shared/report/chartSvg';
import { chapterHeading } from '@shared/report/renderHtml';
import { blockToDocx, type ChartImages, type Child } from './docxBlocks';
import { logoParagraph } from './docxLogo';
import type { Logo } from '@shared/domain/settings';
import { ACCENT, DOCX_NUMBERING, DOCX_STYLES, MUTED, PAGE, SANS, SWEDISH } from './docxStyles';

/**
 * The report as an editable Word document, from the same model as the preview and the PDF:
 * title page, a table of contents field Word fills in from the Heading 1–2 paragraphs, one
 * chapter per page, page numbers in the footer, document title and author set.
 */
export type Rasterize = (svg: string, width: number, height: number) => Promise<Uint8Array>;

async function drawCharts(model: ReportModel, rasterize: Rasterize): Promise<ChartImages> {
  const images: ChartImages = new Map();
  for (const chapter of model.chapters) {
    for (const block of chapter.blocks) {
      if (block.type !== 'chart') continue;
      images.set(block as ReportBlock, await rasterize(chartSvg(block.description, block.bars), CHART_WIDTH, chartHeight(block.bars)));
    }
  }
  return images;
}

function titlePage(model: ReportModel, logo: Paragraph[]): Paragraph[] {
  const t = model.titlePage;
  const fact = (label: string, value: string) => new Paragraph({ style: 'TitlePageSmall', children: [new TextRun(`${label}: `), new TextRun({ text: value, color: '1D2330' })] });
  return [
    ...logo,
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: t.municipality.toUpperCase(), font: SANS, size: 28, color: ACCENT, characterSpacing: 20 })] }),
    new Paragraph({ spacing: { after: 2400 }, border: { bottom: { style: 'single', size: 16, color: ACCENT, space: 4 } }, children: [] }),
    new Paragraph({ heading: HeadingLevel.TITLE, text: t.title }),
    new Paragraph({ spacing: { after: 3200 }, children: [new TextRun({ text: t.subtitle, font: SANS, size: 28, color: MUTED })] }),
    fact('Status per', formatDateLong(t.asOf)),
    fact('Datum', formatDateLong(t.date)),
    ...(t.author ? [fact('Upprättad av', t.author)] : []),
    ...(t.diaryNumber ? [fact('Diarienummer', t.diaryNumber)] : []),
    ...(model.closed ? [new Paragraph({ style: 'TitlePageSmall', text: `Året är stängt ${formatDateLong(model.closed.closedAt.slice(0, 10))}: rapporten visar uppgifterna som de var då.` })] : []),
  ];
}

function body(model: ReportModel, images: ChartImages): Child[] {
  const children: Child[] = [
    new Paragraph({ style: 'TocTitle', pageBreakBefore: true, text: 'Innehållsförteckning' }),
    new TableOfContents('Innehållsförteckning', { hyperlink: true, headingStyleRange: '1-2' }),
  ];
  for (const chapter of model.chapters) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: chapterHeading(chapter) }));
    for (const block of chapter.blocks) children.push(...blockToDocx(block, images));
  }
  return children;
}

export async function renderDocx(model: ReportModel, rasterize: Rasterize, logo: Logo | null = null): Promise<Uint8Array> {
  const images = await drawCharts(model, rasterize);
  const logoParagraphs = logo ? [await logoParagraph(logo, model.titlePage.municipality, rasterize)] : [];
  const small = { font: SANS, size: 17, color: MUTED, language: SWEDISH };
  const doc = new Document({
    title: model.documentTitle,
    creator: model.titlePage.author || 'Planuppföljning',
    lastModifiedBy: model.titlePage.author || 'Planuppföljning',
    subject: model.titlePage.subtitle,
    description: `${model.titlePage.title}. Status per ${model.asOf}.`,
    keywords: 'handlingsplan, uppföljning, våld i nära relationer',
    styles: DOCX_STYLES,
    numbering: DOCX_NUMBERING,
    features: { updateFields: true },
    sections: [{
      properties: {
        titlePage: true,
        page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right } },
      },
      headers: {
        first: new Header({ children: [new Paragraph({ children: [] })] }),
        default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ ...small, text: `${model.titlePage.municipality} – ${model.titlePage.title}` })] })] }),
      },
      footers: {
        first: new Footer({ children: [new Paragraph({ children: [] })] }),
        default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ ...small, children: ['Sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES] })] })] }),
      },
      children: [...titlePage(model, logoParagraphs), ...body(model, images)],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
