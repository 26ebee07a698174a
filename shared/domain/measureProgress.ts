import type { MeasureDirection } from './measureUnits';
import { periodFromKey } from './period';

/**
 * Is a mått on track? The latest utfall of the year is compared with a straight line drawn from the
 * utgångsvärde (placed at the end of its year) to the målvärde (at its date), read at the end of the
 * utfall's period; past the target date the line stays at the målvärde. "On track" means on the line
 * or on its better side, as the mått's riktning says. Without an utgångsvärde the line starts at the
 * first utfall instead. Pure: used by the services, Översikt, the slides and the yearly report's rule.
 */
export type MeasureProgressState =
  /** The latest utfall is on the line or better. */
  | 'on_track'
  /** The latest utfall is on the worse side of the line. */
  | 'off_track'
  /** No utfall for a period in the year. */
  | 'no_value'
  /** There are utfall, but no målvärde (or no starting point) to judge them against. */
  | 'not_judged';

export const MEASURE_PROGRESS_STATES: readonly MeasureProgressState[] = ['on_track', 'off_track', 'no_value', 'not_judged'];

export interface MeasureLine {
  direction: MeasureDirection;
  baselineValue: number | null;
  baselineYear: number | null;
  targetValue: number | null;
  targetDate: string | null;
}

export interface MeasurePoint {
  /** Follow-up period key: "2026", "2026-H1", "2026-T3". */
  period: string;
  value: number;
}

export interface MeasureProgress {
  state: MeasureProgressState;
  /** The newest utfall up to the year: the year's own, or an earlier year's when state is no_value (null when none). */
  latest: MeasurePoint | null;
  /** Where the line is at the latest utfall's period (null when not judged). */
  expected: number | null;
}

const DAY_MS = 86_400_000;

/** A date as a point in years: the end of 31 December 2022 is 2023.0, so whole years are equal steps despite leap days. */
function yearPoint(iso: string): number {
  const year = Number(iso.slice(0, 4));
  const day = (Date.UTC(year, Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) - Date.UTC(year, 0, 1)) / DAY_MS + 1;
  const daysInYear = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY_MS;
  return year + day / daysInYear;
}

/** Utfall with a valid period, oldest first. */
function byPeriod(values: readonly MeasurePoint[]): { point: MeasurePoint; end: string }[] {
  return values.flatMap((point) => {
    const end = periodFromKey(point.period)?.end ?? null;
    return end === null ? [] : [{ point, end }];
  }).sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
}

/** The line's value at a date: linear between start and target, the target itself from the target date on. */
function lineAt(start: { at: number; value: number }, target: { at: number; value: number }, at: number): number {
  if (at >= target.at || target.at <= start.at) return target.value;
  if (at <= start.at) return start.value;
  return start.value + ((target.value - start.value) * (at - start.at)) / (target.at - start.at);
}

export function measureProgress(measure: MeasureLine, values: readonly MeasurePoint[], year: number): MeasureProgress {
  const upToYear = byPeriod(values).filter((v) => Number(v.end.slice(0, 4)) <= year);
  const latest = upToYear.length > 0 ? upToYear[upToYear.length - 1] : null;
  if (latest === null || Number(latest.end.slice(0, 4)) !== year) return { state: 'no_value', latest: latest?.point ?? null, expected: null };
  if (measure.targetValue === null || measure.targetDate === null) return { state: 'not_judged', latest: latest.point, expected: null };
  const start = measure.baselineValue !== null && measure.baselineYear !== null
    ? { at: yearPoint(`${measure.baselineYear}-12-31`), value: measure.baselineValue }
    : upToYear.length > 1 ? { at: yearPoint(upToYear[0].end), value: upToYear[0].point.value } : null;
  if (start === null) return { state: 'not_judged', latest: latest.point, expected: null };
  const expected = lineAt(start, { at: yearPoint(measure.targetDate), value: measure.targetValue }, yearPoint(latest.end));
  // A hair of tolerance, so a value exactly on a line computed in floating point counts as on it.
  const margin = 1e-9 * Math.max(1, Math.abs(expected));
  const better = measure.direction === 'hogre' ? latest.point.value >= expected - margin : latest.point.value <= expected + margin;
  return { state: better ? 'on_track' : 'off_track', latest: latest.point, expected };
}

export type MeasureProgressCounts = Record<MeasureProgressState, number>;

/** How many mått are in each state: what the yearly report's rule and Översikt count. */
export function countMeasureProgress(progress: readonly Pick<MeasureProgress, 'state'>[]): MeasureProgressCounts {
  const counts: MeasureProgressCounts = { on_track: 0, off_track: 0, no_value: 0, not_judged: 0 };
  for (const p of progress) counts[p.state] += 1;
  return counts;
}

export type MeasureTrend = 'up' | 'down' | 'flat';

/**
 * Which way the figures move: the latest utfall up to the year against the one before it, or null
 * with fewer than two. Says nothing about good or bad (that is the riktning's and the line's job).
 */
export function measureTrend(values: readonly MeasurePoint[], year: number): MeasureTrend | null {
  const upToYear = byPeriod(values).filter((v) => Number(v.end.slice(0, 4)) <= year);
  if (upToYear.length < 2) return null;
  const [before, latest] = upToYear.slice(-2).map((v) => v.point.value);
  return latest > before ? 'up' : latest < before ? 'down' : 'flat';
}
