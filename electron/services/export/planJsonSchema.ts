import { z } from 'zod';
import { bodyKind, followUpRhythm, isoDate, responsibilityRole, text as ruledText, sourceKind } from '@shared/api/schemas';
import { cleanTextDeep } from '@shared/textRule';
import { ASSESSMENTS, REPORTED_STATUSES } from '@shared/domain/status';
import { REPORT_KINDS } from '@shared/report/model';
import { SUGGESTION_KINDS } from '@shared/domain/reportFinding';
import { MEASURE_DIRECTIONS, MEASURE_UNITS } from '@shared/domain/measure';

/**
 * The JSON backup of one plan: everything that belongs to it, with nämnder and källor by name
 * rather than by id, so it can be restored into any plan file. Versioned; a newer version is refused.
 * Version 2 added mötesanteckningar, closed years (report_snapshot) and report texts whose key names
 * an område or nämnd by reference instead of by id; a version 1 file reads as having none of them.
 * Version 3 added mått with their utfall, under their område or åtgärd; the plan's revisions, Vår
 * bedömning's questions and the iakttagelser per område and year, the källförteckning's own entries,
 * a source's kind and the beslut behind an Avbruten report. An older file reads as having none of
 * them (its saved answers in report texts become questions).
 */
export const PLAN_JSON_FORMAT = 'planuppfoljning-plan';
export const PLAN_JSON_VERSION = 3;

// Every text passes the API's text rule (shared/textRule.ts): a backup restores only what could be typed in.
const text = ruledText().max(20_000);
const name = ruledText().trim().min(1).max(300);
const short = ruledText().max(300);
const date = isoDate;
const timestamp = ruledText().min(1).max(40);

const statusReport = z.object({
  reportedOn: date,
  status: z.enum(REPORTED_STATUSES),
  assessment: z.enum(ASSESSMENTS).nullable(),
  comment: text,
  source: z.number().int().positive().nullable(),
  period: short,
  reportedBy: short,
  body: name.nullable(),
  stopDecision: short.default(''),
  stopDecidedBy: short.default(''),
  stopDecidedOn: date.nullable().default(null),
  createdAt: timestamp,
});

/** A question in an område's Vår bedömning for one year (see electron/services/report/reportQuestions.ts). */
const reportQuestion = z.object({
  year: z.number().int(),
  position: z.number().int().min(0),
  followsRule: z.boolean(),
  question: z.string().trim().min(1).max(1_000).nullable(),
  assessment: z.enum(ASSESSMENTS).nullable(),
  motivation: text.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

/** An iakttagelse; `sources` are keys in `sources`. Where it sits (the plan or an område) says what it is about. */
const reportFinding = z.object({
  year: z.number().int(),
  position: z.number().int().min(0),
  suggestion: z.enum(SUGGESTION_KINDS).nullable(),
  dismissed: z.boolean(),
  text,
  sources: z.array(z.number().int().positive()),
  createdBy: short,
  createdAt: timestamp,
  updatedAt: timestamp,
});

const revision = z.object({
  revisedOn: date, decidedBy: short, diaryNumber: short, changes: text, createdAt: timestamp, updatedAt: timestamp,
});

/** A mötesanteckning; where it hangs (plan, område, åtgärd) is where it sits in the document. */
const meetingNote = z.object({
  meetingDate: date,
  meetingName: name,
  protocolRef: short,
  note: ruledText().trim().min(1).max(20_000),
  createdBy: short,
  createdAt: timestamp,
});
const meetingNotes = z.array(meetingNote).default([]);

/**
 * A report text. A key about one område or nämnd has `*` where the id was, and says which:
 * `area` is the område's place (1-based) in `areas`, `body` the nämnd's name in `bodies`.
 */
const reportText = z.object({
  year: z.number().int(), key: ruledText().min(1).max(100), text, updatedAt: timestamp,
  area: z.number().int().positive().optional(), body: name.optional(),
});

/**
 * A closed year: its frozen reports as they were (see electron/services/report/snapshots.ts). The
 * model is a stored document, kept as it is (only cleaned of characters no document can hold),
 * without the plan's and nämnd's ids, which are set anew.
 */
const reportSnapshot = z.object({
  year: z.number().int(),
  closedAt: timestamp,
  closedBy: short,
  reports: z.array(z.object({
    kind: z.enum(REPORT_KINDS),
    body: name.nullable(),
    model: z.record(z.string(), z.unknown()).transform(cleanTextDeep),
    fields: z.array(z.record(z.string(), z.unknown())).transform(cleanTextDeep),
  })).min(1),
});

/** A mått with its utfall; what it belongs to is where it sits in the document. */
const measure = z.object({
  name,
  unit: z.enum(MEASURE_UNITS),
  direction: z.enum(MEASURE_DIRECTIONS),
  baselineValue: z.number().nullable(),
  baselineYear: z.number().int().nullable(),
  targetValue: z.number().nullable(),
  targetDate: date.nullable(),
  source: short,
  definition: text,
  comment: text,
  createdAt: timestamp,
  updatedAt: timestamp,
  values: z.array(z.object({
    period: short, measuredOn: date, value: z.number(), comment: text, source: short, reportedBy: short, createdAt: timestamp,
  })),
});
const measures = z.array(measure).default([]);

const action = z.object({
  number: short,
  title: name,
  description: text,
  proposedMeasures: text,
  startDate: date.nullable(),
  deadline: date.nullable(),
  indicatorText: text,
  createdAt: timestamp,
  updatedAt: timestamp,
  responsible: z.array(z.object({ body: name, role: responsibilityRole })).min(1),
  statusReports: z.array(statusReport),
  meetingNotes,
  measures,
});

export const planJsonSchema = z.object({
  format: z.literal(PLAN_JSON_FORMAT),
  version: z.number().int(),
  exportedAt: timestamp,
  plan: z.object({
    name,
    municipality: short,
    periodStart: z.number().int().nullable(),
    periodEnd: z.number().int().nullable(),
    decidedBy: short,
    decidedOn: date.nullable(),
    diaryNumber: short,
    overallGoal: text,
    revisionIntervalYears: z.number().int().min(1).max(20).nullable(),
    followUpRhythm,
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  bodies: z.array(z.object({ name, kind: bodyKind, active: z.boolean() })),
  sources: z.array(z.object({
    key: z.number().int().positive(), title: name, publisher: short, publishedOn: date.nullable(), reference: short, url: short,
    kind: sourceKind.default('dokument'),
  })),
  areas: z.array(z.object({
    name, description: text, actions: z.array(action), meetingNotes,
    measures,
    questions: z.array(reportQuestion).default([]),
    findings: z.array(reportFinding).default([]),
  })),
  /** Notes about the plan as a whole. */
  meetingNotes,
  /** Iakttagelser about the plan as a whole. */
  findings: z.array(reportFinding).default([]),
  revisions: z.array(revision).default([]),
  /** Sources the strateg added to a year's källförteckning, by key in `sources`. */
  reportSources: z.array(z.object({ year: z.number().int(), source: z.number().int().positive() })).default([]),
  reportTexts: z.array(reportText),
  reportSnapshots: z.array(reportSnapshot).default([]),
});

export type PlanJson = z.infer<typeof planJsonSchema>;
export type MeetingNoteJson = z.infer<typeof meetingNote>;
export type MeasureJson = z.infer<typeof measure>;
export type ReportTextJson = z.infer<typeof reportText>;
export type ReportSnapshotJson = z.infer<typeof reportSnapshot>;
export type ReportQuestionJson = z.infer<typeof reportQuestion>;
export type ReportFindingJson = z.infer<typeof reportFinding>;
export type RevisionJson = z.infer<typeof revision>;
