import { z } from 'zod';
import { EXPORT_FORMATS, REPORT_KINDS } from '../report/model';
import { SUGGESTION_KINDS } from '../domain/reportFinding';
import { assessment, id, longText, sourceInput, text, year } from './schemas';

/** Inputs of the report calls (contract.ts, section "reports"). Strict, like every schema. */
export const reportRequest = z.strictObject({
  kind: z.enum(REPORT_KINDS),
  planId: id,
  year,
  bodyId: id.nullable().optional(),
});
export const reportExport = reportRequest.extend({ format: z.enum(EXPORT_FORMATS) });
export const reportYearKey = z.strictObject({ planId: id, year });
export const reportTextReset = z.strictObject({ planId: id, year, key: text().trim().min(1).max(100) });
export const closedYearsInput = z.strictObject({ planId: id });

// — Vår bedömning's questions, iakttagelser and the källförteckning's own entries, per plan and year —
const areaYear = { planId: id, year, areaId: id };
const questionText = text().trim().min(1).max(1_000);
export const reportQuestionsInput = reportYearKey;
export const reportQuestionInput = z.strictObject({ ...areaYear, question: questionText, assessment, motivation: longText });
/** `id` null: the område's standard question; null content on it means the standard wording and the rule's answer. */
export const reportQuestionUpdate = z.strictObject({
  ...areaYear,
  id: id.nullable(),
  question: questionText.nullable(),
  assessment: assessment.nullable(),
  motivation: longText.nullable(),
});
export const reportQuestionKey = z.strictObject({ ...areaYear, id: id.nullable() });

const findingText = text().trim().min(1).max(10_000);
const suggestionKind = z.enum(SUGGESTION_KINDS);
export const reportFindingInput = z.strictObject({
  planId: id,
  year,
  areaId: id.nullable().default(null),
  text: findingText,
  sourceIds: z.array(id).max(100).default([]),
  suggestion: suggestionKind.nullable().default(null),
});
export const reportFindingUpdate = z.strictObject({
  id,
  patch: z.strictObject({ areaId: id.nullable(), text: findingText, sourceIds: z.array(id).max(100) }).partial(),
});
export const findingSuggestionKey = z.strictObject({ planId: id, year, areaId: id.nullable().default(null), suggestion: suggestionKind });

export const reportSourceLink = z.strictObject({ planId: id, year, sourceId: id });
export const reportSourceInput = sourceInput.extend({ planId: id, year });
