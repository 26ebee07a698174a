import { z } from 'zod';
import type { ReportText, Source } from '../domain/types';
import { EXPORT_FORMATS, REPORT_KINDS, type ClosedYear, type ReportEditor, type ReportModel } from '../report/model';
import type { DeliveredFile } from '../domain/deliveredFile';
import type { ReportQuestion } from '../domain/reportQuestion';
import { SUGGESTION_KINDS, type ReportFinding, type ReportFindings } from '../domain/reportFinding';
import { read, write } from './callSpec';
import { sourceInput } from './plan';
import { assessment, byId, id, longText, rowVersion, text, year } from './schemas';

/** The yearly uppföljningsrapport (per plan, per nämnd, recommendations): its texts, questions, findings and sources. */
export const reportTextKey = z.strictObject({ planId: id, year });
export const reportTextInput = z.strictObject({ planId: id, year, key: text().trim().min(1).max(100), text: longText, version: rowVersion });
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
  version: rowVersion,
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
  version: rowVersion,
  patch: z.strictObject({ areaId: id.nullable(), text: findingText, sourceIds: z.array(id).max(100) }).partial(),
});
export const findingSuggestionKey = z.strictObject({ planId: id, year, areaId: id.nullable().default(null), suggestion: suggestionKind });

export const reportSourceLink = z.strictObject({ planId: id, year, sourceId: id });
export const reportSourceInput = sourceInput.extend({ planId: id, year });

export const reportCalls = {
  listReportTexts: read<ReportText[]>()(reportTextKey),
  saveReportText: write<ReportText>()(reportTextInput),
  getReportModel: read<ReportModel>()(reportRequest),
  getReportDefaults: read<ReportEditor>()(reportRequest),
  resetReportText: write<null>()(reportTextReset),
  exportReport: read<DeliveredFile>()(reportExport),
  listClosedYears: read<ClosedYear[]>()(closedYearsInput),
  closeReportYear: write<ClosedYear>()(reportYearKey),
  reopenReportYear: write<null>()(reportYearKey),
  /** Vår bedömning's questions per område for the year; the standard question where none is saved. */
  listReportQuestions: read<ReportQuestion[]>()(reportQuestionsInput),
  createReportQuestion: write<ReportQuestion>()(reportQuestionInput),
  updateReportQuestion: write<ReportQuestion>()(reportQuestionUpdate),
  deleteReportQuestion: write<null>()(reportQuestionKey),
  /** The year's iakttagelser and the suggestions not yet rewritten or removed. */
  listReportFindings: read<ReportFindings>()(reportYearKey),
  createReportFinding: write<ReportFinding>()(reportFindingInput),
  updateReportFinding: write<ReportFinding>()(reportFindingUpdate),
  deleteReportFinding: write<null>()(byId),
  dismissFindingSuggestion: write<null>()(findingSuggestionKey),
  /** Documents and intervjuer the strateg adds to the year's källförteckning. */
  listReportSources: read<Source[]>()(reportYearKey),
  addReportSource: write<Source>()(reportSourceLink),
  createReportSource: write<Source>()(reportSourceInput),
  removeReportSource: write<null>()(reportSourceLink),
} as const;
