import { z } from 'zod';
import type { Indicator, IndicatorValue } from '../domain/types';
import type { CatalogueAdded, CatalogueInfo } from '../domain/indicatorCatalogue';
import type { IndicatorSummary } from '../domain/indicatorSummary';
import { read, write } from './callSpec';
import { byId, empty, id, indicatorUnit, longText, measureNumber, requiredText, rowVersion, shortText, text, year } from './schemas';

/** Indikatorer (the ÖJ catalogue and the kommun's own) and their yearly values. */

const indicatorFields = {
  code: requiredText,
  unit: indicatorUnit.nullable(),
  qualityArea: shortText,
  indicatorArea: shortText,
  text: text().trim().min(1).max(1_000),
  nationalShareYes: z.number().min(0).max(100).nullable(),
};
export const indicatorInput = z.strictObject({
  ...indicatorFields,
  qualityArea: shortText.default(''),
  indicatorArea: shortText.default(''),
  nationalShareYes: indicatorFields.nationalShareYes.default(null),
  unit: indicatorFields.unit.default(null),
});
export const indicatorUpdate = z.strictObject({ id, version: rowVersion, patch: z.strictObject(indicatorFields).partial() });
export const indicatorValueInput = z.strictObject({
  indicatorId: id,
  year,
  /** Ja/Delvis/Nej for an indicator without a unit… */
  score: z.union([z.literal(0), z.literal(1), z.literal(2)]).nullable().default(null),
  /** …a number for one with a unit. */
  value: measureNumber.nullable().default(null),
  comment: longText.default(''),
});
export const indicatorValueKey = z.strictObject({ indicatorId: id, year });
export const indicatorSummaryInput = z.strictObject({ year: year.optional() });

export const indicatorCalls = {
  listIndicators: read<Indicator[]>()(empty),
  createIndicator: write<Indicator>()(indicatorInput),
  updateIndicator: write<Indicator>()(indicatorUpdate),
  deleteIndicator: write<null>()(byId),
  setIndicatorValue: write<IndicatorValue>()(indicatorValueInput),
  deleteIndicatorValue: write<null>()(indicatorValueKey),
  getIndicatorCatalogueInfo: read<CatalogueInfo>()(empty),
  addIndicatorCatalogue: write<CatalogueAdded>()(empty),
  getIndicatorSummary: read<IndicatorSummary>()(indicatorSummaryInput),
} as const;
