import { z } from 'zod';
import { id, isoDate, longText, shortText } from './schemas';

/** Inputs of the plan-revision calls: the revision history and when the next one is due. */
const revisionFields = { revisedOn: isoDate, decidedBy: shortText, diaryNumber: shortText, changes: longText };
export const revisionInput = z.strictObject({
  planId: id,
  ...revisionFields,
  decidedBy: shortText.default(''),
  diaryNumber: shortText.default(''),
  changes: longText.default(''),
});
export const revisionUpdate = z.strictObject({ id, patch: z.strictObject(revisionFields).partial() });
export const revisionList = z.strictObject({ planId: id });
export const revisionStatusInput = z.strictObject({ planId: id, asOf: isoDate.optional() });
