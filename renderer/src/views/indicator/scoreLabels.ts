import type { Score } from '../../../../shared/domain/indicatorSummary';

/** Ja/Delvis/Nej = 2/1/0, as SKL scores the ÖJ indicators. */
export const SCORE_LABEL: Record<Score, string> = { 2: 'Ja', 1: 'Delvis', 0: 'Nej' };
export const SCORES: Score[] = [2, 1, 0];
/** The same classes as the audits' Ja/Delvis/Nej badges. */
export const SCORE_CLASS: Record<Score, string> = { 2: 'assessment assessment-ja', 1: 'assessment assessment-delvis', 0: 'assessment assessment-nej' };

/** "52 %", sv-SE, whole percent; "–" when there is nothing to divide. */
export function percentText(value: number | null): string {
  return value === null ? '–' : `${Math.round(value).toLocaleString('sv-SE')} %`;
}
