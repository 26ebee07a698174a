import { z } from 'zod';
import { ASSESSMENTS, REPORTED_STATUSES } from '@shared/domain/status';
import { bodyKind, followUpRhythm, isoDate } from '@shared/api/schemas';
import { MEASURE_DIRECTIONS, MEASURE_UNITS } from '@shared/domain/measure';

/** The shape of resources/demo/demo-plan.json; checked on load so a bad edit fails loudly. */
const status = z.enum(REPORTED_STATUSES);
const assessment = z.enum(ASSESSMENTS);
const measures = z.array(z.strictObject({
  name: z.string(), unit: z.enum(MEASURE_UNITS), direction: z.enum(MEASURE_DIRECTIONS),
  baselineValue: z.number().optional(), baselineYear: z.number().optional(), targetValue: z.number().optional(), targetDate: isoDate.optional(),
  source: z.string(), definition: z.string().optional(),
  values: z.array(z.strictObject({
    period: z.string(), measuredOn: isoDate, value: z.number(), comment: z.string().optional(), reportedBy: z.string().optional(),
  })),
})).optional();

export const demoSchema = z.strictObject({
  bodies: z.array(z.strictObject({ key: z.string(), name: z.string(), kind: bodyKind })),
  sources: z.array(z.strictObject({
    key: z.string(), title: z.string(), publisher: z.string().optional(), publishedOn: isoDate.optional(), reference: z.string().optional(),
  })),
  plan: z.strictObject({
    name: z.string(), municipality: z.string(), periodStart: z.number(), periodEnd: z.number(), decidedBy: z.string(),
    decidedOn: isoDate, diaryNumber: z.string(), overallGoal: z.string(), revisionIntervalYears: z.number(),
    followUpRhythm,
  }),
  areas: z.array(z.strictObject({
    name: z.string(),
    description: z.string(),
    measures,
    actions: z.array(z.strictObject({
      number: z.string(), title: z.string(), description: z.string(), proposedMeasures: z.string().optional(),
      startDate: isoDate.nullable().optional(), deadline: isoDate.nullable().optional(), indicatorText: z.string().optional(),
      measures,
      responsible: z.array(z.string()).min(1),
      reports: z.array(z.strictObject({
        reportedOn: isoDate, status, assessment: assessment.nullable().optional(), comment: z.string(),
        sourceKey: z.string().nullable().optional(), period: z.string(), reportedBy: z.string(), bodyKey: z.string().nullable().optional(),
      })),
    })),
  })),
  audit: z.strictObject({
    title: z.string(), auditor: z.string(), reportDate: isoDate, diaryNumber: z.string(), purpose: z.string(),
    auditedBodyKeys: z.array(z.string()), answerDue: isoDate, summaryAssessment: z.string(),
    questions: z.array(z.strictObject({ question: z.string(), assessment, motivation: z.string() })),
    recommendations: z.array(z.strictObject({
      text: z.string(),
      bodies: z.array(z.strictObject({
        bodyKey: z.string(), response: z.string().nullable().optional(), plannedMeasures: z.string().nullable().optional(),
        responsible: z.string().nullable().optional(), deadline: isoDate.nullable().optional(), status,
      })),
      actionNumbers: z.array(z.string()).optional(),
    })),
  }),
  indicators: z.array(z.strictObject({
    code: z.string(),
    values: z.array(z.strictObject({ year: z.number(), score: z.union([z.literal(0), z.literal(1), z.literal(2)]), comment: z.string().optional() })),
  })),
});

export type DemoPlan = z.infer<typeof demoSchema>;
export type DemoMeasures = z.infer<typeof measures>;

export const indicatorCatalogueSchema = z.strictObject({
  source: z.string(),
  year: z.number(),
  indicators: z.array(z.strictObject({
    code: z.string(), qualityArea: z.string(), indicatorArea: z.string(), text: z.string(), nationalShareYes: z.number(),
  })),
});

export type IndicatorCatalogue = z.infer<typeof indicatorCatalogueSchema>;
