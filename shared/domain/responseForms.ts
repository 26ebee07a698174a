/** The two forms a nämnd's svar på revisionsrapport takes (see auditResponse.ts), and their names. */
export const RESPONSE_FORMS = ['tjansteutlatande', 'yttrande'] as const;
export type ResponseForm = (typeof RESPONSE_FORMS)[number];

export const RESPONSE_FORM_LABEL: Record<ResponseForm, string> = {
  tjansteutlatande: 'Tjänsteutlåtande',
  yttrande: 'Yttrande från nämnden',
};
