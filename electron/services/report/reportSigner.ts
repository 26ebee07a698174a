import type { Plan } from '../../../shared/domain/types';

/**
 * Who signs the yearly report, and where: the closing block "Åsbacka den 3 december 2026", then
 * name and title (seed 001 ends the same way). The strateg's name and title come from the
 * settings (issue 15); until those exist in the plan file, the name is the user's and the title
 * is left out, and the place is the kommun's name without "kommun".
 */
export interface ReportSigner {
  place: string;
  name: string;
  title: string;
}

export interface SignerSettings {
  strategName?: string;
  strategTitle?: string;
  municipality?: string;
}

/** "Åsbacka kommun" → "Åsbacka"; "Region Gotland" stays as it is. */
export function placeOf(municipality: string): string {
  return municipality.trim().replace(/\s+(kommun|stad)$/i, '');
}

export function reportSigner(plan: Pick<Plan, 'municipality'>, user: string, settings: SignerSettings = {}): ReportSigner {
  return {
    place: placeOf(settings.municipality?.trim() || plan.municipality),
    name: settings.strategName?.trim() || user,
    title: settings.strategTitle?.trim() ?? '',
  };
}
