import type { DocumentSettings } from '@shared/domain/settings';
import type { Plan } from '@shared/domain/types';

/**
 * Who signs the yearly report, and where: the closing block "Åsbacka den 3 december 2026", then
 * name and title (seed 001 ends the same way). Name and title are the strateg's from Inställningar
 * (never the computer's user name); the place is the kommun's name without "kommun", the plan's
 * kommun when Inställningar has none.
 */
export interface ReportSigner {
  place: string;
  name: string;
  title: string;
}

/** "Åsbacka kommun" → "Åsbacka"; "Region Gotland" stays as it is. */
export function placeOf(municipality: string): string {
  return municipality.trim().replace(/\s+(kommun|stad)$/i, '');
}

export function reportSigner(plan: Pick<Plan, 'municipality'>, settings: Pick<DocumentSettings, 'authorName' | 'authorTitle' | 'municipality'>): ReportSigner {
  return {
    place: placeOf(settings.municipality.trim() || plan.municipality),
    name: settings.authorName.trim(),
    title: settings.authorTitle.trim(),
  };
}
