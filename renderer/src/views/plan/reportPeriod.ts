import type { FollowUpRhythm } from '@shared/domain/types';

/**
 * The follow-up period a report dated `iso` belongs to, in the plan's rhythm:
 * "2026" (år), "2026-H2" (halvår: jan–jun, jul–dec), "2026-T3" (tertial: jan–apr, maj–aug, sep–dec).
 */
export function suggestPeriod(iso: string | null, rhythm: FollowUpRhythm): string {
  if (iso === null || !/^\d{4}-\d{2}/.test(iso)) return '';
  const year = iso.slice(0, 4);
  const month = Number(iso.slice(5, 7));
  if (rhythm === 'halvår') return `${year}-H${month <= 6 ? 1 : 2}`;
  if (rhythm === 'tertial') return `${year}-T${Math.ceil(month / 4)}`;
  return year;
}
