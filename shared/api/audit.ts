import { z } from 'zod';
import type { Action, Audit, AuditDetail, AuditQuestion, Recommendation, RecommendationFollowup, RecommendationResponse } from '../domain/types';
import { RESPONSE_FORMS } from '../domain/responseForms';
import type { DeliveredFile } from '../domain/deliveredFile';
import type { Versioned } from '../domain/rowVersion';
import type { RecommendationsDue } from '../domain/recommendationsDue';
import { read, write } from './callSpec';
import { assessment, byId, empty, id, isoDate, longText, optionalDate, reportedStatus, requiredText, rowVersion, shortText, text } from './schemas';

/** Granskningar: revisionsfrågor, rekommendationer, the nämnder's svar and their uppföljning. */

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
export const auditUpdate = z.strictObject({ id, version: rowVersion, patch: z.strictObject(auditFields).partial() });

export const auditQuestionInput = z.strictObject({
  auditId: id,
  question: requiredText,
  assessment: assessment.nullable().default(null),
  motivation: longText.default(''),
});
export const auditQuestionUpdate = z.strictObject({
  id,
  version: rowVersion,
  patch: z.strictObject({ question: requiredText, assessment: assessment.nullable(), motivation: longText }).partial(),
});

export const recommendationInput = z.strictObject({
  auditId: id,
  text: text().trim().min(1).max(5_000),
  bodyIds: z.array(id).min(1).max(100),
});
export const recommendationUpdate = z.strictObject({
  id,
  version: rowVersion,
  patch: z.strictObject({ text: text().trim().min(1).max(5_000), bodyIds: z.array(id).min(1).max(100) }).partial(),
});
export const recommendationResponseUpdate = z.strictObject({
  recommendationId: id,
  bodyId: id,
  version: rowVersion,
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

/** The svar's own texts (shared/domain/auditResponse.ts says which form prints which). */
export const auditResponseFields = z.strictObject({
  /** The nämnd's own diarienummer for the svar. */
  diaryNumber: shortText,
  /** Handläggare: name, title and telephone, printed as the contact. */
  officerName: shortText,
  officerTitle: shortText,
  officerPhone: shortText,
  summary: longText,
  /** Ärendets beredning (tjänsteutlåtande). */
  preparation: longText,
  /** The nämnd's overall stance: "I huvudsak ställer sig socialnämnden bakom …" (yttrande). */
  stance: longText,
  /** A comment on the recommendations addressed to other nämnder (yttrande, optional). */
  otherRecommendations: longText,
  /** When and under which paragraf the nämnd decided its answer (yttrande). */
  decidedOn: optionalDate,
  paragraph: shortText,
  /** Ordförande, who signs the yttrande. */
  chairName: shortText,
  /** Förvaltningschef, who signs the tjänsteutlåtande with the handläggare. */
  directorName: shortText,
  directorTitle: shortText,
});
export type AuditResponseFields = z.output<typeof auditResponseFields>;

/** What getAuditResponse and saveAuditResponse answer: the texts, for which granskning and nämnd. */
export type AuditResponseDraft = AuditResponseFields & Versioned & {
  auditId: number;
  bodyId: number;
  /** Null until something has been saved. */
  updatedAt: string | null;
};

/** What an export would leave out, before it is written: "Sammanfattning saknas". */
export interface ResponseCheck {
  missing: string[];
}

export const auditResponseSave = z.strictObject({ auditId: id, bodyId: id, version: rowVersion, patch: auditResponseFields.partial() });

export const auditResponseExportInput = auditResponseKey.extend({ form: z.enum(RESPONSE_FORMS).default('tjansteutlatande') });

export const auditCalls = {
  listAudits: read<Audit[]>()(empty),
  getAudit: read<AuditDetail>()(byId),
  createAudit: write<Audit>()(auditInput),
  updateAudit: write<Audit>()(auditUpdate),
  deleteAudit: write<null>()(byId),
  createAuditQuestion: write<AuditQuestion>()(auditQuestionInput),
  updateAuditQuestion: write<AuditQuestion>()(auditQuestionUpdate),
  deleteAuditQuestion: write<null>()(byId),
  createRecommendation: write<Recommendation>()(recommendationInput),
  updateRecommendation: write<Recommendation>()(recommendationUpdate),
  deleteRecommendation: write<null>()(byId),
  updateRecommendationResponse: write<RecommendationResponse>('report')(recommendationResponseUpdate),
  listRecommendationFollowups: read<RecommendationFollowup[]>()(recommendationFollowupInput.pick({ recommendationId: true, bodyId: true })),
  createRecommendationFollowup: write<RecommendationFollowup>('report')(recommendationFollowupInput),
  linkRecommendationAction: write<null>()(recommendationActionLink),
  unlinkRecommendationAction: write<null>()(recommendationActionLink),

  /** Creates an åtgärd from a recommendation (the nämnd as huvudansvarig) and links them, in one transaction. */
  createActionFromRecommendation: write<{ action: Action; recommendation: Recommendation }>()(actionFromRecommendationInput),
  listRecommendationsDue: read<RecommendationsDue>()(recommendationsDueInput),
  /** The svar's own texts for a granskning and a nämnd (contact, sammanfattning, stance, signatures …). */
  getAuditResponse: read<AuditResponseDraft>()(auditResponseKey),
  saveAuditResponse: write<AuditResponseDraft>('report')(auditResponseSave),
  /** What the export would leave empty ("Sammanfattning saknas"), so the user can be asked first. */
  checkAuditResponse: read<ResponseCheck>()(auditResponseExportInput),
  /** Svar på revisionsrapport (DOCX) for one nämnd, as a tjänsteutlåtande or the nämnd's yttrande; changes nothing in the plan file. */
  exportAuditResponse: read<DeliveredFile>()(auditResponseExportInput),
} as const;
