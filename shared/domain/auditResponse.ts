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
export const RESPONSE_FORMS = ['tjansteutlatande', 'yttrande'] as const;
export type ResponseForm = (typeof RESPONSE_FORMS)[number];

export const RESPONSE_FORM_LABEL: Record<ResponseForm, string> = {
  tjansteutlatande: 'Tjänsteutlåtande',
  yttrande: 'Yttrande från nämnden',
};

export interface AuditResponseFields {
  /** The nämnd's own diarienummer for the svar. */
  diaryNumber: string;
  /** Handläggare: name, title and telephone, printed as the contact. */
  officerName: string;
  officerTitle: string;
  officerPhone: string;
  summary: string;
  /** Ärendets beredning (tjänsteutlåtande). */
  preparation: string;
  /** The nämnd's overall stance: "I huvudsak ställer sig socialnämnden bakom …" (yttrande). */
  stance: string;
  /** A comment on the recommendations addressed to other nämnder (yttrande, optional). */
  otherRecommendations: string;
  /** When and under which paragraf the nämnd decided its answer (yttrande). */
  decidedOn: string | null;
  paragraph: string;
  /** Ordförande, who signs the yttrande. */
  chairName: string;
  /** Förvaltningschef, who signs the tjänsteutlåtande with the handläggare. */
  directorName: string;
  directorTitle: string;
}

export interface AuditResponseDraft extends AuditResponseFields {
  auditId: number;
  bodyId: number;
  /** Null until something has been saved. */
  updatedAt: string | null;
}

export const EMPTY_RESPONSE_FIELDS: AuditResponseFields = {
  diaryNumber: '', officerName: '', officerTitle: '', officerPhone: '', summary: '', preparation: '', stance: '',
  otherRecommendations: '', decidedOn: null, paragraph: '', chairName: '', directorName: '', directorTitle: '',
};

/** What an export would leave out, before it is written: "Sammanfattning saknas". */
export interface ResponseCheck {
  missing: string[];
}
