import { periodContaining, previousPeriod, type FollowUpPeriod } from '@shared/domain/period';
import type { FollowUpRhythm } from '@shared/domain/types';

/** The periods an underlag is usually sent out for: this one, the one before, and the whole year. */
export function periodOptions(rhythm: FollowUpRhythm, today: string): FollowUpPeriod[] {
  const current = periodContaining(rhythm, today);
  const options = [current, previousPeriod(rhythm, current)];
  if (rhythm !== 'år') options.push(periodContaining('år', today), periodContaining('år', `${Number(today.slice(0, 4)) - 1}-12-31`));
  return options;
}
