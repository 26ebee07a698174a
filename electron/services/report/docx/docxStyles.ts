import { AlignmentType, LevelFormat, LineRuleType, type IStylesOptions, type INumberingOptions } from 'docx';

/**
 * Word styles for the report: Swedish (sv-SE) on every style so spelling and hyphenation work,
 * real Heading 1–3 so Word's navigation pane and table of contents work, and the same calm look
 * as the PDF (serif body, sans-serif headings and tables). Sizes are half-points.
 */
export const SWEDISH = { value: 'sv-SE' } as const;
export const ACCENT = '1F3F6E';
export const MUTED = '4A5462';
export const SANS = 'Arial';
const SERIF = 'Georgia';

/** A4 in twips (1/1440 inch), with the PDF's margins (25 / 21 / 24 / 22 mm). */
export const PAGE = { width: 11906, height: 16838, left: 1417, right: 1191, top: 1361, bottom: 1247 };
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

export const DOCX_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: SERIF, size: 22, language: SWEDISH },
      // lineRule auto: without it LibreOffice reads the line as a fixed height and cuts a picture to one line.
      paragraph: { spacing: { after: 140, line: 300, lineRule: LineRuleType.AUTO } },
    },
    title: { run: { font: SANS, size: 52, color: '1D2330', language: SWEDISH }, paragraph: { spacing: { after: 240 } } },
    heading1: {
      run: { font: SANS, size: 34, color: ACCENT, language: SWEDISH },
      paragraph: { spacing: { before: 0, after: 280 }, keepNext: true },
    },
    heading2: {
      run: { font: SANS, size: 26, color: ACCENT, bold: true, language: SWEDISH },
      paragraph: { spacing: { before: 320, after: 120 }, keepNext: true },
    },
    heading3: {
      run: { font: SANS, size: 22, bold: true, language: SWEDISH },
      paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
    },
    listParagraph: { run: { language: SWEDISH } },
  },
  paragraphStyles: [
    {
      id: 'TableText', name: 'Tabelltext', basedOn: 'Normal', quickFormat: true,
      run: { font: SANS, size: 17, language: SWEDISH }, paragraph: { spacing: { before: 0, after: 0, line: 250, lineRule: LineRuleType.AUTO } },
    },
    {
      id: 'TableCaption', name: 'Tabellrubrik', basedOn: 'Normal', next: 'Normal', quickFormat: true,
      run: { font: SANS, size: 19, bold: true, language: SWEDISH }, paragraph: { spacing: { before: 120, after: 80 }, keepNext: true },
    },
    {
      id: 'Lead', name: 'Ingress', basedOn: 'Normal', quickFormat: true, run: { size: 24, language: SWEDISH },
    },
    {
      id: 'Note', name: 'Notering', basedOn: 'Normal', quickFormat: true, run: { size: 20, color: MUTED, language: SWEDISH },
    },
    {
      id: 'TocTitle', name: 'Innehållsförteckningens rubrik', basedOn: 'Normal', next: 'Normal',
      run: { font: SANS, size: 34, color: ACCENT, language: SWEDISH }, paragraph: { spacing: { after: 280 } },
    },
    {
      id: 'TitlePageSmall', name: 'Titelsida liten', basedOn: 'Normal',
      run: { font: SANS, size: 20, color: MUTED, language: SWEDISH }, paragraph: { spacing: { after: 40 } },
    },
  ],
};

export const DOCX_NUMBERING: INumberingOptions = {
  config: [{
    reference: 'punktlista',
    levels: [{
      level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 400, hanging: 260 } }, run: { color: ACCENT } },
    }],
  }],
};
