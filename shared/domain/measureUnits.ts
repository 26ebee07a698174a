/**
 * The units and directions of a mått, and the units an own indicator may take: each list once,
 * here, so the schemas, the services, the forms and the labels all import it. Its own file so
 * measure.ts and measureProgress.ts need not import each other.
 */

/** The units a number is counted in; an own indicator takes one of these (the ÖJ indicators none). */
export const INDICATOR_UNITS = ['antal', 'procent', 'kronor', 'dagar'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** A mått is counted in one of the number units, or answered yes or no. */
export const MEASURE_UNITS = [...INDICATOR_UNITS, 'ja_nej'] as const;
export type MeasureUnit = (typeof MEASURE_UNITS)[number];

export const MEASURE_DIRECTIONS = ['hogre', 'lagre'] as const;
export type MeasureDirection = (typeof MEASURE_DIRECTIONS)[number];
