import type { Score } from '@shared/domain/indicatorSummary';

export { SCORE_LABEL } from '@shared/labels';
export { SCORES } from '@shared/domain/status';
/** The same classes as the audits' Ja/Delvis/Nej badges. */
export const SCORE_CLASS: Record<Score, string> = { 2: 'assessment assessment-ja', 1: 'assessment assessment-delvis', 0: 'assessment assessment-nej' };

/** "52 %", sv-SE, whole percent; "–" when there is nothing to divide. */
export function percentText(value: number | null): string {
  return value === null ? '–' : `${Math.round(value).toLocaleString('sv-SE')} %`;
}
