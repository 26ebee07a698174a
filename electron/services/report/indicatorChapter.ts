import type { ReportBlock, ReportChapter } from '@shared/report/model';
import type { GroupSummary } from '@shared/domain/indicatorSummary';
import { agree, count, NOUNS, numberInText, PARTICIPLES } from '@shared/text';
import type { ReportData } from './reportData';

/**
 * The kommun's self-assessment against the indicators (ÖJ Brottsoffer 2015 and its own), against
 * riket and the year before. A share of Ja is never shown without how many indicators it rests on
 * ("23 av 60 indikatorer besvarade"): the sentence says it first, and the table has the count in
 * the same row as the share.
 */
function share(value: number | null): string {
  return value === null ? '–' : `${Math.round(value)} %`;
}

/** "För 2026 är 23 av 60 indikatorer besvarade." */
export function answeredSentence(year: number, answered: number, total: number): string {
  const indikator = NOUNS.indikator;
  if (answered === 0) return `För ${year} är ingen av ${count(total, indikator)} ${agree(PARTICIPLES.besvarad, 1, indikator)}.`;
  return `För ${year} är ${numberInText(answered)} av ${count(total, indikator)} ${agree(PARTICIPLES.besvarad, answered, indikator)}.`;
}

function shareSentence(data: ReportData): string {
  const { total, previousYear } = data.inputs.indicators;
  if (total.answered === 0 || total.shareYes === null) return '';
  const comparisons = [
    total.nationalShareYes !== null ? `${Math.round(total.nationalShareYes)} procent i riket för samma indikatorer` : '',
    previousYear !== null && total.previousShareYes !== null ? `${Math.round(total.previousShareYes)} procent ${previousYear}` : '',
  ].filter(Boolean);
  return `Av de ${numberInText(total.answered)} besvarade är ${numberInText(total.counts.ja)} besvarade med Ja, vilket är ${Math.round(total.shareYes)} procent`
    + `${comparisons.length > 0 ? `, mot ${comparisons.join(' och ')}` : ''}.`;
}

export function indicatorChapter(data: ReportData, number: string): ReportChapter {
  const summary = data.inputs.indicators;
  const row = (g: GroupSummary) => [g.name, `${g.answered} av ${g.indicators}`, share(g.shareYes), share(g.previousShareYes), share(g.nationalShareYes)];
  const table: ReportBlock[] = summary.total.answered > 0 ? [{
    type: 'table', caption: `Andel Ja per kvalitetsområde ${data.year}`,
    columns: [{ label: 'Kvalitetsområde', weight: 5 }, { label: 'Besvarade', weight: 2, nowrap: true }, { label: 'Andel ja', weight: 2, nowrap: true },
      { label: summary.previousYear === null ? 'Föregående år' : String(summary.previousYear), weight: 2, nowrap: true }, { label: 'Riket', weight: 2, nowrap: true }],
    rows: [...summary.byQualityArea.map(row), row({ ...summary.total, name: 'Samtliga' })],
  }] : [];
  return {
    id: 'indikatorer', number, title: 'Indikatorer för brottsofferarbetet',
    blocks: [
      { type: 'paragraph', text: 'Kommunen skattar varje år sitt arbete mot indikatorerna i Öppna jämförelser Brottsoffer 2015 med Ja, Delvis eller Nej, '
        + 'och kan lägga till egna indikatorer. Andelen Ja jämförs med riket och med det föregående år som har värden.' },
      { type: 'paragraph', text: [answeredSentence(data.year, summary.total.answered, summary.total.indicators), shareSentence(data)].filter(Boolean).join(' ') },
      ...table,
    ],
  };
}
