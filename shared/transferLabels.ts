import type { BodyMatch, RestoreResult, SvarOutcome } from './domain/transfer';

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

/** What a JSON restore brought back, in the CLI and in Import och export alike. */
export function restoredSummary(result: RestoreResult): string {
  const parts = [
    countLabel(result.areas, 'utvecklingsområde', 'utvecklingsområden'),
    countLabel(result.actions, 'åtgärd', 'åtgärder'),
    countLabel(result.statusReports, 'lägesrapport', 'lägesrapporter'),
    countLabel(result.meetingNotes, 'mötesanteckning', 'mötesanteckningar'),
    countLabel(result.measures, 'mått', 'mått'),
    countLabel(result.closedYears, 'stängt år', 'stängda år'),
  ];
  return `Planen ”${result.planName}” återställdes: ${parts.join(', ')}.`;
}
