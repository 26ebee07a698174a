import { z } from 'zod';
import type { Measure, MeasureOverview, MeasureValue, MeasureWithValues } from '../domain/measure';
import { periodFromKey } from '../domain/period';
import { read, write } from './callSpec';
import { byId, id, isoDate, longText, measureDirection, measureNumber, measureUnit, optionalDate, requiredText, rowVersion, shortText, year } from './schemas';

/** Mått and utfall (electron/services/measure/). */
export const periodKey = shortText.refine((key) => periodFromKey(key) !== null, { message: 'Ange en period som 2026, 2026-H1 eller 2026-T3.' });

const measureFields = {
  name: requiredText,
  unit: measureUnit,
  direction: measureDirection,
  baselineValue: measureNumber.nullable(),
  baselineYear: year.nullable(),
  targetValue: measureNumber.nullable(),
  targetDate: optionalDate,
  source: shortText,
  definition: longText,
  comment: longText,
};

export const measureInput = z.strictObject({
  ...measureFields,
  /** Exactly one: the mått belongs to an åtgärd or to an utvecklingsområde. */
  actionId: id.nullable().default(null),
  areaId: id.nullable().default(null),
  direction: measureFields.direction.default('hogre'),
  baselineValue: measureFields.baselineValue.default(null),
  baselineYear: measureFields.baselineYear.default(null),
  targetValue: measureFields.targetValue.default(null),
  targetDate: optionalDate.default(null),
  source: shortText.default(''),
  definition: longText.default(''),
  comment: longText.default(''),
});
export const measureUpdate = z.strictObject({ id, version: rowVersion, patch: z.strictObject({ ...measureFields, position: z.number().int().min(0).max(10_000) }).partial() });
export const measureList = z.strictObject({ planId: id.optional(), areaId: id.optional(), actionId: id.optional() });

export const measureValueInput = z.strictObject({
  measureId: id,
  period: periodKey,
  measuredOn: isoDate,
  value: measureNumber,
  comment: longText.default(''),
  source: shortText.default(''),
  reportedBy: shortText.default(''),
});

export const measureOverviewInput = z.strictObject({ planId: id.nullable().default(null), asOf: isoDate.optional() });

export const measureCalls = {
  listMeasures: read<MeasureWithValues[]>()(measureList),
  createMeasure: write<Measure>()(measureInput),
  updateMeasure: write<Measure>()(measureUpdate),
  /** Takes the mått's utfall with it (getDeleteImpact says how many first); Ctrl+Z brings them back. */
  deleteMeasure: write<null>()(byId),
  /** One utfall per mått and period: recording a period again replaces its value. */
  setMeasureValue: write<MeasureValue>('report')(measureValueInput),
  deleteMeasureValue: write<null>('report')(byId),
  /** Every mått judged for the year of the date: Översikt's Mått panel and the slides. */
  getMeasureOverview: read<MeasureOverview>()(measureOverviewInput),
} as const;
