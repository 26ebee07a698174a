import { addDays, differenceInCalendarDays, parseISO } from 'date-fns';
import { toIsoDate } from '@shared/dates';
import { count, NOUNS } from '@shared/text';

/** Day arithmetic on ISO dates for the follow-up views ("om fem dagar", "för 13 dagar sedan"). */
export function addDaysIso(iso: string, days: number): string {
  return toIsoDate(addDays(parseISO(iso), days));
}

/** Days from `today` until `date`; negative when it has passed. */
export function daysUntil(today: string, date: string): number {
  return differenceInCalendarDays(parseISO(date), parseISO(today));
}

export function relativeDays(today: string, date: string): string {
  const days = daysUntil(today, date);
  if (days === 0) return 'i dag';
  if (days === 1) return 'i morgon';
  if (days === -1) return 'i går';
  return days > 0 ? `om ${count(days, NOUNS.dag)}` : `för ${count(-days, NOUNS.dag)} sedan`;
}
