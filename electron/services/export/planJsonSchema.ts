import { z } from 'zod';
import { isIsoDate } from '../../../shared/dates';
import { ASSESSMENTS, REPORTED_STATUSES } from '../../../shared/domain/status';

/**
 * The JSON backup of one plan: everything that belongs to it, with nämnder and källor by name
 * rather than by id, so it can be restored into any plan file. Versioned; a newer version is refused.
 */
export const PLAN_JSON_FORMAT = 'planuppfoljning-plan';
export const PLAN_JSON_VERSION = 1;

const text = z.string().max(20_000);
const name = z.string().trim().min(1).max(300);
const short = z.string().max(300);
const date = z.string().refine(isIsoDate, { message: 'invalid_date' });
const timestamp = z.string().min(1).max(40);

const statusReport = z.object({
  reportedOn: date,
  status: z.enum(REPORTED_STATUSES),
  assessment: z.enum(ASSESSMENTS).nullable(),
  comment: text,
  source: z.number().int().positive().nullable(),
  period: short,
  reportedBy: short,
  body: name.nullable(),
  createdAt: timestamp,
});

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
  responsible: z.array(z.object({ body: name, role: z.enum(['huvudansvarig', 'medansvarig']) })).min(1),
  statusReports: z.array(statusReport),
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
    followUpRhythm: z.enum(['år', 'halvår', 'tertial']),
    createdAt: timestamp,
    updatedAt: timestamp,
  }),
  bodies: z.array(z.object({ name, kind: z.enum(['namnd', 'styrelse', 'bolag']), active: z.boolean() })),
  sources: z.array(z.object({ key: z.number().int().positive(), title: name, publisher: short, publishedOn: date.nullable(), reference: short, url: short })),
  areas: z.array(z.object({ name, description: text, actions: z.array(action) })),
  reportTexts: z.array(z.object({ year: z.number().int(), key: z.string().min(1).max(100), text, updatedAt: timestamp })),
});

export type PlanJson = z.infer<typeof planJsonSchema>;
