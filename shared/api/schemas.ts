import { z } from 'zod';
import { isIsoDate } from '../dates';
import { ASSESSMENTS, REPORTED_STATUSES } from '../domain/status';
import { normaliseText, refusedCharacter, refusedCharacterMessage } from '../textRule';

/**
 * Input schemas for every API call. Objects are strict: an unknown key is an error, not
 * something silently dropped. Swedish messages are made from the issue codes in
 * electron/services/api/validationMessages.ts.
 */
export const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/**
 * Every string of the contract is made here, so the text rule (shared/textRule.ts) covers it: a
 * lone surrogate or noncharacter is refused, naming the field, before any other check; otherwise
 * line breaks are normalised, control characters removed and the text put in NFC, and the checks
 * that follow (trim, length) see the cleaned text.
 */
export function text(): z.ZodString {
  return z.string().check((payload) => {
    const found = refusedCharacter(payload.value);
    if (found) payload.issues.push({ code: 'custom', message: refusedCharacterMessage(found), input: payload.value, continue: false });
  }).overwrite(normaliseText);
}

export const shortText = text().trim().max(300);
export const requiredText = text().trim().min(1).max(300);
export const longText = text().max(20_000);
export const isoDate = text().refine(isIsoDate, { message: 'invalid_date' });
export const optionalDate = isoDate.nullable();
export const year = z.number().int().min(1900).max(2200);

export const reportedStatus = z.enum(REPORTED_STATUSES);
export const assessment = z.enum(ASSESSMENTS);
export const bodyKind = z.enum(['namnd', 'styrelse', 'bolag']);
export const followUpRhythm = z.enum(['år', 'halvår', 'tertial']);

export const empty = z.strictObject({});
export const byId = z.strictObject({ id });

const planFields = {
  name: requiredText,
  municipality: shortText,
  periodStart: year.nullable(),
  periodEnd: year.nullable(),
  decidedBy: shortText,
  decidedOn: optionalDate,
  diaryNumber: shortText,
  overallGoal: longText,
  revisionIntervalYears: z.number().int().min(1).max(20).nullable(),
  followUpRhythm,
};
export const planInput = z.strictObject({
  ...planFields,
  municipality: shortText.default(''),
  periodStart: year.nullable().default(null),
  periodEnd: year.nullable().default(null),
  decidedBy: shortText.default(''),
  decidedOn: optionalDate.default(null),
  diaryNumber: shortText.default(''),
  overallGoal: longText.default(''),
  revisionIntervalYears: planFields.revisionIntervalYears.default(null),
  followUpRhythm: followUpRhythm.default('år'),
});
export const planUpdate = z.strictObject({ id, patch: z.strictObject(planFields).partial() });

export const areaInput = z.strictObject({ planId: id, name: requiredText, description: longText.default('') });
export const areaUpdate = z.strictObject({
  id,
  patch: z.strictObject({ name: requiredText, description: longText, position: z.number().int().min(0).max(10_000) }).partial(),
});

export const bodyInput = z.strictObject({ name: requiredText, kind: bodyKind, active: z.boolean().default(true) });
export const bodyUpdate = z.strictObject({
  id,
  patch: z.strictObject({ name: requiredText, kind: bodyKind, active: z.boolean() }).partial(),
});

export const responsibility = z.strictObject({ bodyId: id, role: z.enum(['huvudansvarig', 'medansvarig']) });
const actionFields = {
  areaId: id,
  number: shortText,
  title: requiredText,
  description: longText,
  proposedMeasures: longText,
  startDate: optionalDate,
  deadline: optionalDate,
  indicatorText: longText,
  responsible: z.array(responsibility).min(1).max(50),
};
export const actionInput = z.strictObject({
  ...actionFields,
  number: shortText.default(''),
  description: longText.default(''),
  proposedMeasures: longText.default(''),
  startDate: optionalDate.default(null),
  deadline: optionalDate.default(null),
  indicatorText: longText.default(''),
});
export const actionUpdate = z.strictObject({
  id,
  patch: z.strictObject({ ...actionFields, position: z.number().int().min(0).max(100_000) }).partial(),
});
export const actionList = z.strictObject({
  planId: id.optional(),
  asOf: isoDate.optional(),
});

export const statusReportInput = z.strictObject({
  actionId: id,
  reportedOn: isoDate,
  status: reportedStatus,
  assessment: assessment.nullable().default(null),
  comment: longText.default(''),
  sourceId: id.nullable().default(null),
  period: shortText.default(''),
  reportedBy: shortText.default(''),
  bodyId: id.nullable().default(null),
});
export const byActionId = z.strictObject({ actionId: id });

const sourceFields = { title: requiredText, publisher: shortText, publishedOn: optionalDate, reference: shortText, url: shortText };
export const sourceInput = z.strictObject({
  ...sourceFields,
  publisher: shortText.default(''),
  publishedOn: optionalDate.default(null),
  reference: shortText.default(''),
  url: shortText.default(''),
});
export const sourceUpdate = z.strictObject({ id, patch: z.strictObject(sourceFields).partial() });

const auditFields = {
  title: requiredText,
  auditor: shortText,
  reportDate: optionalDate,
  diaryNumber: shortText,
  purpose: longText,
  summaryAssessment: longText,
  answerDue: optionalDate,
  auditedBodyIds: z.array(id).max(100),
};
export const auditInput = z.strictObject({
  ...auditFields,
  auditor: shortText.default(''),
  reportDate: optionalDate.default(null),
  diaryNumber: shortText.default(''),
  purpose: longText.default(''),
  summaryAssessment: longText.default(''),
  answerDue: optionalDate.default(null),
  auditedBodyIds: z.array(id).max(100).default([]),
});
export const auditUpdate = z.strictObject({ id, patch: z.strictObject(auditFields).partial() });

export const auditQuestionInput = z.strictObject({
  auditId: id,
  question: requiredText,
  assessment: assessment.nullable().default(null),
  motivation: longText.default(''),
});
export const auditQuestionUpdate = z.strictObject({
  id,
  patch: z.strictObject({ question: requiredText, assessment: assessment.nullable(), motivation: longText }).partial(),
});

export const recommendationInput = z.strictObject({
  auditId: id,
  text: text().trim().min(1).max(5_000),
  bodyIds: z.array(id).min(1).max(100),
});
export const recommendationUpdate = z.strictObject({
  id,
  patch: z.strictObject({ text: text().trim().min(1).max(5_000), bodyIds: z.array(id).min(1).max(100) }).partial(),
});
export const recommendationResponseUpdate = z.strictObject({
  recommendationId: id,
  bodyId: id,
  patch: z.strictObject({
    response: longText,
    plannedMeasures: longText,
    responsible: shortText,
    deadline: optionalDate,
    status: reportedStatus,
  }).partial(),
});
export const recommendationFollowupInput = z.strictObject({
  recommendationId: id,
  bodyId: id,
  reportedOn: isoDate,
  status: reportedStatus,
  comment: longText.default(''),
  reportedBy: shortText.default(''),
});
export const recommendationActionLink = z.strictObject({ recommendationId: id, actionId: id });

const indicatorFields = {
  code: requiredText,
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
});
export const indicatorUpdate = z.strictObject({ id, patch: z.strictObject(indicatorFields).partial() });
export const indicatorValueInput = z.strictObject({
  indicatorId: id,
  year,
  score: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  comment: longText.default(''),
});
export const indicatorValueKey = z.strictObject({ indicatorId: id, year });

export const reportTextKey = z.strictObject({ planId: id, year });
export const reportTextInput = z.strictObject({ planId: id, year, key: text().trim().min(1).max(100), text: longText });

export const summaryInput = z.strictObject({ planId: id.nullable().default(null), asOf: isoDate.optional() });
export const changesInput = z.strictObject({
  since: isoDate,
  planId: id.optional(),
  actionId: id.optional(),
  limit: z.number().int().min(1).max(5_000).default(500),
});

export const deleteImpactInput = z.strictObject({
  entity: z.enum(['plan', 'area', 'action', 'status_report', 'body', 'source', 'audit', 'audit_question', 'recommendation', 'indicator']),
  id,
});
export const byPlan = z.strictObject({ planId: id.optional() });
