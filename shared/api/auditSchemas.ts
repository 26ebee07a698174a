import { z } from 'zod';
import { id, isoDate, optionalDate, requiredText, shortText, year } from './schemas';

/** Input schemas of the audit and indicator calls (contract section "audits and indicators"). */
export const actionFromRecommendationInput = z.strictObject({
  recommendationId: id,
  bodyId: id,
  areaId: id,
  number: shortText.default(''),
  title: requiredText.nullable().default(null),
  deadline: optionalDate.default(null),
});

export const recommendationsDueInput = z.strictObject({
  asOf: isoDate.optional(),
  withinDays: z.number().int().min(0).max(365).default(30),
});

export const auditResponseExportInput = z.strictObject({ auditId: id, bodyId: id });

export const indicatorSummaryInput = z.strictObject({ year: year.optional() });
