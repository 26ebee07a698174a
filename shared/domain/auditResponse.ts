import type { AuditResponseFields } from '../api/audit';

/**
 * A nämnd's svar på revisionsrapport, in either of the two forms nämnder use:
 * - tjänsteutlåtande: the förvaltning's report to its nämnd, which the nämnd adopts as its answer
 *   (seed 003: förslag till beslut, sammanfattning, bakgrund, ärendet, ärendets beredning,
 *   förvaltningens synpunkter, bilagor; signed by förvaltningschef and handläggare);
 * - yttrande: the nämnd's own answer to the kommunens revisorer (seed 002: its overall stance,
 *   each recommendation quoted and answered, signed by the ordförande).
 * The texts below are kept per granskning and nämnd (audit_response, migration 0090); the answers
 * to each recommendation stay on the recommendation (recommendation_body).
 */
export { RESPONSE_FORM_LABEL, RESPONSE_FORMS, type ResponseForm } from './responseForms';
/** The svar's texts are the schema's shape (shared/api/audit.ts): one definition for both. */
export type { AuditResponseDraft, AuditResponseFields, ResponseCheck } from '../api/audit';

export const EMPTY_RESPONSE_FIELDS: AuditResponseFields = {
  diaryNumber: '', officerName: '', officerTitle: '', officerPhone: '', summary: '', preparation: '', stance: '',
  otherRecommendations: '', decidedOn: null, paragraph: '', chairName: '', directorName: '', directorTitle: '',
};
