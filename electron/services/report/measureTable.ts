import type { MeasureStanding } from '@shared/domain/measure';
import { countMeasureProgress } from '@shared/domain/measureProgress';
import { periodFromKey } from '@shared/domain/period';
import { formatMeasureValue, MEASURE_PROGRESS_LABEL, MEASURE_TREND_LABEL } from '@shared/measureLabels';
import type { ReportBlock } from '@shared/report/model';
import { measureCountsSentence } from '@shared/report/measureSentence';

/**
 * An område's mått in the yearly report: a sentence with the counts, then one row per mått —
 * mått, utgångsvärde, målvärde, senaste utfall, trend and bedömning (shared/domain/measureProgress.ts).
 * The område's own mått come first, then its åtgärders' in plan order, each named with its åtgärd's number.
 */
function measureName(m: MeasureStanding, actionNumber: string | null): string {
  return actionNumber ? `${m.name} (åtgärd ${actionNumber})` : m.name;
}

/** A målvärde's date: the year alone when it is the year's end ("2027"), as plans write it, else the date. */
function targetWhen(date: string | null): string {
  return date !== null && date.endsWith('-12-31') ? date.slice(0, 4) : date ?? '';
}

function assessment(m: MeasureStanding, year: number): string {
  return m.state === 'no_value' ? `Inget utfall ${year}` : MEASURE_PROGRESS_LABEL[m.state];
}

/** The mått of one område as of the report's date, with `actionNumbers` mapping åtgärd ids to their numbers. */
export function areaMeasureBlocks(measures: MeasureStanding[], areaId: number, year: number, actionNumbers: Map<number, string>): ReportBlock[] {
  const own = measures.filter((m) => m.areaId === areaId);
  if (own.length === 0) return [];
  return [
    { type: 'paragraph', text: measureCountsSentence(countMeasureProgress(own), year) },
    {
      type: 'table', caption: `Mått inom ${own[0].areaName} ${year}`,
      columns: [{ label: 'Mått', weight: 29 }, { label: 'Utgångsvärde', weight: 14 }, { label: 'Målvärde', weight: 16 },
        { label: 'Senaste utfall', weight: 15 }, { label: 'Trend', weight: 11, nowrap: true }, { label: 'Bedömning', weight: 15 }],
      rows: own.map((m) => [
        measureName(m, m.actionId === null ? null : actionNumbers.get(m.actionId) ?? null),
        m.baselineValue === null ? '–' : `${formatMeasureValue(m.baselineValue, m.unit)} (${m.baselineYear})`,
        m.targetValue === null ? '–' : `${formatMeasureValue(m.targetValue, m.unit)} (${targetWhen(m.targetDate)})`,
        m.latest === null ? '–' : `${formatMeasureValue(m.latest.value, m.unit)} (${periodFromKey(m.latest.period)?.name ?? m.latest.period})`,
        m.trend === null ? '–' : MEASURE_TREND_LABEL[m.trend],
        assessment(m, year),
      ]),
    },
  ];
}
