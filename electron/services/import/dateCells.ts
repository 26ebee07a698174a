import { isIsoDate, parseTypedDate } from '@shared/dates';
import { isoFromDateCell, type CellValue } from './cells';

/**
 * Dates as plans write them: real date cells, ISO text, "31 december 2025", a year ("2025"), a
 * period in one cell ("2023–2025"), a part of a year ("HT 2025", "Q4 2025", "december 2025"), or
 * "Löpande" (no date). A year or part means its first day as a start and its last day as a deadline.
 */
export type DateReading =
  | { kind: 'none' }
  | { kind: 'ongoing' }
  | { kind: 'date'; iso: string }
  /** `period`: two years in one cell, which gives both start and deadline. */
  | { kind: 'span'; start: string; end: string; period: boolean }
  | { kind: 'invalid' };

const ONGOING = /^(löpande|löpande arbete|fortlöpande|kontinuerligt|pågående|tills vidare|ständigt pågående|årligen|återkommande|varje år)$/;
const PREFIX = /^(klart senast|senast|under|före|till och med|t\.?\s?o\.?\s?m\.?|fr\.?\s?o\.?\s?m\.?|från och med|år)\s+/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
const MONTH_LENGTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const pad = (n: number) => String(n).padStart(2, '0');

function validYear(year: number): boolean {
  return Number.isInteger(year) && year >= 1900 && year <= 2200;
}

function lastDay(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : MONTH_LENGTH[month - 1];
}

/** Months `first`..`last` of `year` as a span. */
function months(year: number, first: number, last: number): DateReading {
  if (!validYear(year)) return { kind: 'invalid' };
  return { kind: 'span', start: `${year}-${pad(first)}-01`, end: `${year}-${pad(last)}-${pad(lastDay(year, last))}`, period: false };
}

function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

function readText(raw: string): DateReading {
  let text = raw.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim().toLocaleLowerCase('sv');
  if (text === '') return { kind: 'none' };
  if (ONGOING.test(text)) return { kind: 'ongoing' };
  text = text.replace(PREFIX, '');

  let m = /^(\d{4}) ?(?:-|–|—|till) ?(\d{4})$/.exec(text);
  if (m) {
    const [from, to] = [Number(m[1]), Number(m[2])];
    if (!validYear(from) || !validYear(to) || from > to) return { kind: 'invalid' };
    return { kind: 'span', start: `${from}-01-01`, end: `${to}-12-31`, period: true };
  }
  if (/^\d{4}$/.test(text)) return months(Number(text), 1, 12);
  m = /^(\d{4}-\d{2}-\d{2})[ t]\d{1,2}:\d{2}/.exec(text);
  if (m && isIsoDate(m[1])) return { kind: 'date', iso: m[1] };
  const typed = parseTypedDate(text);
  if (typed !== null) return { kind: 'date', iso: typed };

  m = /^([a-zåäö]+)\.? (\d{4})$/.exec(text);
  if (m) {
    const month = monthOf(m[1]);
    if (month !== null) return months(Number(m[2]), month, month);
  }
  m = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return months(Number(m[1]), Number(m[2]), Number(m[2]));
  m = /^(vt|ht) ?-?(\d{2}|\d{4})$/.exec(text);
  if (m) return m[1] === 'vt' ? months(fullYear(m[2]), 1, 6) : months(fullYear(m[2]), 7, 12);
  m = /^(?:q|kvartal ?)([1-4]) ?-?(\d{4})$/.exec(text);
  if (m) return months(Number(m[2]), Number(m[1]) * 3 - 2, Number(m[1]) * 3);
  m = /^(\d{4}) ?-?q([1-4])$/.exec(text);
  if (m) return months(Number(m[1]), Number(m[2]) * 3 - 2, Number(m[2]) * 3);
  m = /^t([1-3]) ?-?(\d{4})$/.exec(text);
  if (m) return months(Number(m[2]), Number(m[1]) * 4 - 3, Number(m[1]) * 4);
  m = /^(\d{4})-t([1-3])$/.exec(text);
  if (m) return months(Number(m[1]), Number(m[2]) * 4 - 3, Number(m[2]) * 4);
  m = /^(\d{4})-h([12])$/.exec(text);
  if (m) return m[2] === '1' ? months(Number(m[1]), 1, 6) : months(Number(m[1]), 7, 12);
  return { kind: 'invalid' };
}

const FULL_MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** 1–12 for "dec", "dec." or "december" (and "sept"); null for anything else. */
function monthOf(word: string): number | null {
  const index = FULL_MONTHS.findIndex((full, i) => word === full || word === MONTHS[i] || (i === 8 && word === 'sept'));
  return index >= 0 ? index + 1 : null;
}

export function readDate(value: CellValue): DateReading {
  if (value === null) return { kind: 'none' };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { kind: 'invalid' } : { kind: 'date', iso: isoFromDateCell(value) };
  if (typeof value === 'number') return validYear(value) ? months(value, 1, 12) : { kind: 'invalid' };
  if (typeof value === 'boolean') return { kind: 'invalid' };
  return readText(value);
}
