import type { BodyMatch, SvarOutcome } from './domain/transfer';

/** Swedish words of the import and underlag views (see shared/labels.ts for the rest). */
export const SVAR_OUTCOME_LABEL: Record<SvarOutcome, string> = {
  create: 'Ny lägesrapport',
  already: 'Redan inläst',
  unanswered: 'Inget svar',
  unknown: 'Okänd rad – läses inte',
  altered: 'Ändrad rad – läses inte',
};

export const BODY_MATCH_LABEL: Record<BodyMatch['kind'], string> = {
  existing: 'Finns i planfilen',
  near: 'Liknar en befintlig nämnd',
  new: 'Ny nämnd',
};

/** "1 åtgärd", "3 åtgärder". */
export function countLabel(count: number, one: string, many: string): string {
  return `${count.toLocaleString('sv-SE')} ${count === 1 ? one : many}`;
}
