import type { Gender } from './words';

/**
 * Numbers in running text, as Swedish style guides write them (Språkrådet, Myndigheternas
 * skrivregler): one to twelve in words, larger numbers in digits with a no-break space between
 * thousands ("1 000"), decimal comma. Tables keep digits: use formatNumber there.
 */
const WORDS = ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];

const NUMBER_FORMAT = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

/** Digits the sv-SE way: "1 000", "2 480", "1,5", "−3" (no-break space, decimal comma). */
export function formatNumber(value: number): string {
  return NUMBER_FORMAT.format(value);
}

/** "en"/"ett" … "tolv" in words, anything else in digits. */
export function numberInText(value: number, gender: Gender = 'utrum'): string {
  if (!Number.isInteger(value) || value < 0 || value >= WORDS.length) return formatNumber(value);
  if (value === 1) return gender === 'neutrum' ? 'ett' : 'en';
  return WORDS[value];
}

/** "45 procent", rounded to whole percent; a share of nothing is 0 procent. */
export function percentText(part: number, whole: number): string {
  return `${whole === 0 ? 0 : Math.round((part / whole) * 100)} procent`;
}
