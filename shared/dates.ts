import { format, isValid, parse, parseISO } from 'date-fns';
import { sv } from 'date-fns/locale';

/** Dates travel as ISO 'YYYY-MM-DD' text; people see and type sv-SE dates. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = parseISO(value);
  return isValid(date) && format(date, 'yyyy-MM-dd') === value;
}

export function toIsoDate(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** "26 november 2026" */
export function formatDateLong(iso: string): string {
  return format(parseISO(iso), 'd MMMM yyyy', { locale: sv });
}

/** A moment as people read it, in local time: "2026-11-26 10:42". */
export function formatDateTime(at: string | Date): string {
  return format(typeof at === 'string' ? parseISO(at) : at, 'yyyy-MM-dd HH:mm');
}

/** A moment said briefly, in local time: "10:42" on `today` (ISO date), otherwise "2026-11-26 10:42". */
export function formatMoment(at: string, today: string): string {
  const moment = parseISO(at);
  return toIsoDate(moment) === today ? format(moment, 'HH:mm') : formatDateTime(moment);
}

/** sv-SE short form is the ISO form itself: "2026-11-26". */
export function formatDate(iso: string | null | undefined): string {
  return iso ?? '–';
}

/** Accepts what a Swedish user types: 2026-11-26, 20261126, 26/11/2026, 26.11.2026, 26 nov 2026. */
export function parseTypedDate(text: string): string | null {
  const value = text.trim().toLowerCase();
  if (isIsoDate(value)) return value;
  const patterns = ['yyyyMMdd', 'd/M/yyyy', 'd.M.yyyy', 'd MMM yyyy', 'd MMMM yyyy', 'yyyy-M-d'];
  for (const pattern of patterns) {
    const date = parse(value, pattern, new Date(2000, 0, 1), { locale: sv });
    if (isValid(date) && date.getFullYear() >= 1900 && date.getFullYear() <= 2200) return toIsoDate(date);
  }
  return null;
}

export function addYearsIso(iso: string, years: number): string {
  const date = parseISO(iso);
  date.setFullYear(date.getFullYear() + years);
  return toIsoDate(date);
}
