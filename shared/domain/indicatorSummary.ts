import type { Indicator } from './types';
import type { Score } from './status';

export type { Score } from './status';

/**
 * The kommun's yearly self-assessment against its indicators, compared with the national share of
 * Ja (ÖJ Brottsoffer 2015) and with earlier years. Pure, so the Indikatorer view, the yearly report
 * and tests compute the same numbers.
 *
 * Scores are Ja/Delvis/Nej = 2/1/0. "Andel ja" is the share of the indicators answered that year
 * that were answered Ja. The national figure for a group is the mean national share of Ja over the
 * same answered indicators (those that have a national share), so both sides count the same
 * indicators. Own indicators answered with a number are not part of it: they have no Ja to count.
 */

export interface ScoreCounts { ja: number; delvis: number; nej: number }

export interface IndicatorRow {
  indicatorId: number;
  code: string;
  qualityArea: string;
  indicatorArea: string;
  text: string;
  origin: string;
  nationalShareYes: number | null;
  score: Score | null;
  comment: string;
  /** The score of the comparison year (the latest earlier year with any value). */
  previousScore: Score | null;
}

export interface GroupSummary {
  /** Kvalitetsområde, or '' for the whole set. */
  name: string;
  indicators: number;
  answered: number;
  counts: ScoreCounts;
  /** Percent of answered indicators answered Ja; null when none is answered. */
  shareYes: number | null;
  /** The same for the comparison year. */
  previousShareYes: number | null;
  /** Mean national share of Ja over the answered indicators that have one; null if none. */
  nationalShareYes: number | null;
}

export interface YearSummary {
  year: number;
  answered: number;
  counts: ScoreCounts;
  shareYes: number | null;
  /** Sum of 2/1/0 over the answered indicators, and the most it could be. */
  points: number;
  maxPoints: number;
}

export interface IndicatorSummary {
  year: number;
  /** The latest earlier year with any value, compared against. */
  previousYear: number | null;
  /** Every year with a value, oldest first. */
  years: number[];
  total: GroupSummary;
  byQualityArea: GroupSummary[];
  byYear: YearSummary[];
  rows: IndicatorRow[];
}

/** Where an indicator without a kvalitetsområde (usually the kommun's own) is grouped. */
export const OWN_GROUP = 'Egna indikatorer';

function scoreIn(indicator: Indicator, year: number | null): { score: Score | null; comment: string } {
  const value = year === null ? undefined : indicator.values.find((v) => v.year === year);
  return value ? { score: value.score, comment: value.comment } : { score: null, comment: '' };
}

function countScores(scores: (Score | null)[]): ScoreCounts {
  return {
    ja: scores.filter((s) => s === 2).length,
    delvis: scores.filter((s) => s === 1).length,
    nej: scores.filter((s) => s === 0).length,
  };
}

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : (100 * part) / whole;
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
}

function summarizeGroup(name: string, rows: IndicatorRow[]): GroupSummary {
  const answered = rows.filter((r) => r.score !== null);
  const counts = countScores(answered.map((r) => r.score));
  const previous = rows.filter((r) => r.previousScore !== null);
  return {
    name,
    indicators: rows.length,
    answered: answered.length,
    counts,
    shareYes: percent(counts.ja, answered.length),
    previousShareYes: percent(countScores(previous.map((r) => r.previousScore)).ja, previous.length),
    nationalShareYes: mean(answered.flatMap((r) => (r.nationalShareYes === null ? [] : [r.nationalShareYes]))),
  };
}

/** Every year that has at least one value, oldest first. */
export function indicatorYears(indicators: Indicator[]): number[] {
  return [...new Set(indicators.flatMap((i) => i.values.map((v) => v.year)))].sort((a, b) => a - b);
}

export function summarizeIndicators(all: Indicator[], year: number): IndicatorSummary {
  const indicators = all.filter((i) => i.unit === null);
  const years = indicatorYears(indicators);
  const previousYear = years.filter((y) => y < year).pop() ?? null;
  const rows: IndicatorRow[] = indicators.map((indicator) => ({
    indicatorId: indicator.id, code: indicator.code, qualityArea: indicator.qualityArea || OWN_GROUP,
    indicatorArea: indicator.indicatorArea, text: indicator.text, origin: indicator.origin,
    nationalShareYes: indicator.nationalShareYes, ...scoreIn(indicator, year), previousScore: scoreIn(indicator, previousYear).score,
  }));
  // Kvalitetsområden in the order they first appear (the catalogue's order), own indicators last.
  const areaNames = [...new Set(rows.map((r) => r.qualityArea))].sort((a, b) => Number(a === OWN_GROUP) - Number(b === OWN_GROUP));
  const byYear = years.map((y): YearSummary => {
    const scores = indicators.flatMap((i) => i.values.flatMap((v) => (v.year === y && v.score !== null ? [v.score] : [])));
    const counts = countScores(scores);
    return {
      year: y, answered: scores.length, counts, shareYes: percent(counts.ja, scores.length),
      points: scores.reduce<number>((sum, s) => sum + s, 0), maxPoints: 2 * scores.length,
    };
  });
  return {
    year,
    previousYear,
    years,
    total: summarizeGroup('', rows),
    byQualityArea: areaNames.map((name) => summarizeGroup(name, rows.filter((r) => r.qualityArea === name))),
    byYear,
    rows,
  };
}
