import { z } from 'zod';
import { RESPONSE_FORMS } from '../domain/auditResponse';
import { id, isoDate, longText, optionalDate, requiredText, shortText, year } from './schemas';

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

/** Which svar: a granskning and a nämnd, both required (a refusal names the missing one). */
export const auditResponseKey = z.strictObject({ auditId: id, bodyId: id });

export const auditResponseSave = z.strictObject({
  auditId: id,
  bodyId: id,
  patch: z.strictObject({
    diaryNumber: shortText, officerName: shortText, officerTitle: shortText, officerPhone: shortText, summary: longText, preparation: longText,
    stance: longText, otherRecommendations: longText, decidedOn: optionalDate, paragraph: shortText, chairName: shortText,
    directorName: shortText, directorTitle: shortText,
  }).partial(),
});

export const auditResponseExportInput = auditResponseKey.extend({ form: z.enum(RESPONSE_FORMS).default('tjansteutlatande') });

export const indicatorSummaryInput = z.strictObject({ year: year.optional() });
