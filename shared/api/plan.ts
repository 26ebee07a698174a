import { z } from 'zod';
import type { Action, ActionStatusRow, Area, Body, BodyActivity, Plan, Source, StatusReport, StatusSummary } from '../domain/types';
import type { PlanRevision, RevisionStatus } from '../domain/planRevision';
import { read, write } from './callSpec';
import {
  assessment, bodyKind, byActionId, byId, byPlan, empty, followUpRhythm, id, isoDate, longText, measureNumber, optionalDate,
  reportedStatus, requiredText, responsibilityRole, rowVersion, shortText, sourceKind, year,
} from './schemas';

/** The plan itself: planer, utvecklingsområden, nämnder, åtgärder, lägesrapporter, källor and revisions. */

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
export const planUpdate = z.strictObject({ id, version: rowVersion, patch: z.strictObject(planFields).partial() });

export const areaInput = z.strictObject({ planId: id, name: requiredText, description: longText.default('') });
export const areaUpdate = z.strictObject({
  id,
  version: rowVersion,
  patch: z.strictObject({ name: requiredText, description: longText, position: z.number().int().min(0).max(10_000) }).partial(),
});

export const bodyInput = z.strictObject({ name: requiredText, kind: bodyKind, active: z.boolean().default(true) });
export const bodyUpdate = z.strictObject({
  id,
  version: rowVersion,
  patch: z.strictObject({ name: requiredText, kind: bodyKind, active: z.boolean() }).partial(),
});

export const responsibility = z.strictObject({ bodyId: id, role: responsibilityRole });
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
  version: rowVersion,
  patch: z.strictObject({ ...actionFields, position: z.number().int().min(0).max(100_000) }).partial(),
});
export const actionList = z.strictObject({
  planId: id.optional(),
  asOf: isoDate.optional(),
});

/** One utfall as the Ny lägesrapport form sends it with the status: period, date and who come from the report. */
export const reportedMeasureValue = z.strictObject({ measureId: id, value: measureNumber, comment: longText.default('') });

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
  stopDecision: shortText.default(''),
  stopDecidedBy: shortText.default(''),
  stopDecidedOn: optionalDate.default(null),
  /** Utfall for the åtgärd's mått, saved with the status (see measure.ts). */
  measureValues: z.array(reportedMeasureValue).max(50).default([]),
});

const sourceFields = { title: requiredText, publisher: shortText, publishedOn: optionalDate, reference: shortText, url: shortText, kind: sourceKind };
export const sourceInput = z.strictObject({
  ...sourceFields,
  publisher: shortText.default(''),
  publishedOn: optionalDate.default(null),
  reference: shortText.default(''),
  url: shortText.default(''),
  kind: sourceKind.default('dokument'),
});
export const sourceUpdate = z.strictObject({ id, version: rowVersion, patch: z.strictObject(sourceFields).partial() });

/** The plan's revision history and when the next revision is due. */
const revisionFields = { revisedOn: isoDate, decidedBy: shortText, diaryNumber: shortText, changes: longText };
export const revisionInput = z.strictObject({
  planId: id,
  ...revisionFields,
  decidedBy: shortText.default(''),
  diaryNumber: shortText.default(''),
  changes: longText.default(''),
});
export const revisionUpdate = z.strictObject({ id, version: rowVersion, patch: z.strictObject(revisionFields).partial() });
export const revisionList = z.strictObject({ planId: id });
export const revisionStatusInput = z.strictObject({ planId: id, asOf: isoDate.optional() });

export const summaryInput = z.strictObject({ planId: id.nullable().default(null), asOf: isoDate.optional() });

export const planCalls = {
  listPlans: read<Plan[]>()(empty),
  getPlan: read<Plan>()(byId),
  createPlan: write<Plan>()(planInput),
  updatePlan: write<Plan>()(planUpdate),
  deletePlan: write<null>()(byId),

  listAreas: read<Area[]>()(byPlan),
  createArea: write<Area>()(areaInput),
  updateArea: write<Area>()(areaUpdate),
  deleteArea: write<null>()(byId),

  listBodies: read<Body[]>()(empty),
  createBody: write<Body>()(bodyInput),
  updateBody: write<Body>()(bodyUpdate),
  deleteBody: write<null>()(byId),

  listActions: read<ActionStatusRow[]>()(actionList),
  getAction: read<Action>()(byId),
  createAction: write<Action>()(actionInput),
  updateAction: write<Action>()(actionUpdate),
  deleteAction: write<null>()(byId),

  listStatusReports: read<StatusReport[]>()(byActionId),
  createStatusReport: write<StatusReport>('report')(statusReportInput),
  deleteStatusReport: write<null>('report')(byId),

  listSources: read<Source[]>()(empty),
  createSource: write<Source>()(sourceInput),
  updateSource: write<Source>()(sourceUpdate),
  deleteSource: write<null>()(byId),

  getStatusSummary: read<StatusSummary>()(summaryInput),
  listBodyActivity: read<BodyActivity[]>()(byPlan),

  listRevisions: read<PlanRevision[]>()(revisionList),
  createRevision: write<PlanRevision>()(revisionInput),
  updateRevision: write<PlanRevision>()(revisionUpdate),
  deleteRevision: write<null>()(byId),
  getRevisionStatus: read<RevisionStatus>()(revisionStatusInput),
} as const;
