import { periodContaining, type FollowUpPeriod } from '../../../shared/domain/period';
import type { FollowUpRhythm } from '../../../shared/domain/types';

/** "2026", "2026-H2" or "2026-T3" back to its period; null for anything else. */
export function periodFromKey(key: string): FollowUpPeriod | null {
  const m = /^(\d{4})(?:-(T[1-3]|H[12]))?$/.exec(key.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900 || year > 2200) return null;
  const part = m[2];
  const rhythm: FollowUpRhythm = part === undefined ? 'år' : part.startsWith('T') ? 'tertial' : 'halvår';
  const firstMonth = part === undefined ? 1 : part.startsWith('T') ? (Number(part[1]) - 1) * 4 + 1 : (Number(part[1]) - 1) * 6 + 1;
  return periodContaining(rhythm, `${year}-${String(firstMonth).padStart(2, '0')}-01`);
}
