import type { MeasureDirection, MeasureUnit } from './domain/measure';
import type { MeasureProgressState, MeasureTrend } from './domain/measureProgress';
import { formatNumber, NOUNS, nounFor } from './text';

/** The Swedish words for mått codes: units, riktning and how a mått stands against its line. */
export const MEASURE_UNIT_LABEL: Record<MeasureUnit, string> = {
  antal: 'Antal', procent: 'Procent', kronor: 'Kronor', dagar: 'Dagar', ja_nej: 'Ja/nej',
};

export const MEASURE_DIRECTION_LABEL: Record<MeasureDirection, string> = {
  hogre: 'Högre är bättre', lagre: 'Lägre är bättre',
};

/** Short, for tables, the Översikt panel and the slides; "no_value" names the year where it is shown. */
export const MEASURE_PROGRESS_LABEL: Record<MeasureProgressState, string> = {
  on_track: 'I fas', off_track: 'Efter plan', no_value: 'Inget utfall', not_judged: 'Kan inte bedömas',
};

/** Which way the figures move, for the report's Trend column. */
export const MEASURE_TREND_LABEL: Record<MeasureTrend, string> = { up: 'Ökar', down: 'Minskar', flat: 'Oförändrat' };

/** What each state means, for the Översikt panel's help and the report's Metod. */
export const MEASURE_PROGRESS_MEANING: Record<MeasureProgressState, string> = {
  on_track: 'Årets senaste utfall ligger på eller bättre än linjen från utgångsvärdet till målvärdet.',
  off_track: 'Årets senaste utfall ligger sämre än linjen från utgångsvärdet till målvärdet.',
  no_value: 'Inget utfall är registrerat för någon period under året.',
  not_judged: 'Måttet saknar målvärde, eller både utgångsvärde och tidigare utfall, och kan inte bedömas.',
};

/** A figure with its unit, as tables and charts show it: "2 480", "64 %", "12 500 kr", "14 dagar", "Ja". */
export function formatMeasureValue(value: number, unit: MeasureUnit): string {
  switch (unit) {
    case 'antal':
      return formatNumber(value);
    case 'procent':
      return `${formatNumber(value)}\u00a0%`;
    case 'kronor':
      return `${formatNumber(value)}\u00a0kr`;
    case 'dagar':
      return `${formatNumber(value)} ${nounFor(value, NOUNS.dag)}`;
    case 'ja_nej':
      return value === 1 ? 'Ja' : value === 0 ? 'Nej' : formatNumber(value);
  }
}
