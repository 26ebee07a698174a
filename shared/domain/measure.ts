/**
 * Mått (measures): what the work achieved, beside whether it was done. A mått belongs to an åtgärd
 * or to an utvecklingsområde; its utfall (values) are recorded per follow-up period ("2026",
 * "2026-H1", "2026-T3", see period.ts).
 *
 * Glossary: measure = mått/nyckeltal · measure value = utfall · baseline = utgångsvärde ·
 * target = målvärde · direction = riktning (högre/lägre är bättre) · unit = enhet.
 */
import type { MeasurePoint, MeasureProgressCounts, MeasureProgressState, MeasureTrend } from './measureProgress';

import type { MeasureDirection, MeasureUnit } from './measureUnits';
import type { Versioned } from './rowVersion';

export { MEASURE_DIRECTIONS, MEASURE_UNITS, type MeasureDirection, type MeasureUnit } from './measureUnits';

export interface Measure extends Versioned {
  id: number;
  planId: number;
  /** Exactly one of areaId and actionId is set: the mått belongs to an område or to an åtgärd. */
  areaId: number | null;
  actionId: number | null;
  position: number;
  name: string;
  unit: MeasureUnit;
  direction: MeasureDirection;
  baselineValue: number | null;
  baselineYear: number | null;
  targetValue: number | null;
  targetDate: string | null;
  /** Where the figures come from, e.g. "Verksamhetssystemet, årsstatistik". */
  source: string;
  definition: string;
  /** Free text; an imported cell that was not a number is kept here. */
  comment: string;
  createdAt: string;
  updatedAt: string;
}

export interface MeasureValue {
  id: number;
  measureId: number;
  /** The follow-up period the value describes: "2025", "2025-H2", "2025-T3". */
  period: string;
  /** When the value was recorded (ISO date). */
  measuredOn: string;
  value: number;
  comment: string;
  source: string;
  reportedBy: string;
  createdAt: string;
}

/** A mått with its utfall, oldest period first. */
export interface MeasureWithValues extends Measure {
  values: MeasureValue[];
}

/** One mått on Översikt's Mått panel, the slides and the report: where it belongs and how it stands. */
export interface MeasureStanding {
  measureId: number;
  name: string;
  unit: MeasureUnit;
  direction: MeasureDirection;
  planId: number;
  /** The område it belongs to, directly or through its åtgärd. */
  areaId: number;
  areaName: string;
  actionId: number | null;
  /** "2.3 Samverkan med Kriminalvården", or null for an område's own mått. */
  actionName: string | null;
  baselineValue: number | null;
  baselineYear: number | null;
  targetValue: number | null;
  targetDate: string | null;
  state: MeasureProgressState;
  latest: MeasurePoint | null;
  expected: number | null;
  /** The latest utfall up to the year against the one before. */
  trend: MeasureTrend | null;
}

/** Every mått of a plan (or the file) as of a date, judged for that date's year. */
export interface MeasureOverview {
  asOf: string;
  year: number;
  counts: MeasureProgressCounts;
  measures: MeasureStanding[];
}
