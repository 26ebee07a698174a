import type { MeasureUnit } from './domain/measure';

/**
 * Reads a number the way Swedish plans and spreadsheets write it: decimal comma ("1,5"), space or
 * no-break space between thousands ("2 480"), a unit after it ("64 %", "12 000 kr", "14 dagar"),
 * "ca"/"cirka"/"ungefär" before it, a minus sign as hyphen or U+2212, and Ja/Nej for yes/no.
 * A dot followed by exactly three digits is a thousands separator ("2.480"); any other dot is a decimal point.
 */
export interface NumberReading {
  value: number;
  /** The unit the text states, if any. */
  unit: MeasureUnit | null;
  /** "ca 400": the figure is an estimate. */
  approximate: boolean;
}

const APPROXIMATE = /^(?:ca\.?|cirka|ungefär|unge?f\.?|omkring|~|≈)\s*/i;
const UNITS: [RegExp, MeasureUnit][] = [
  [/\s*(?:%|procent|proc\.?)$/i, 'procent'],
  [/\s*(?:kr|kronor|sek|:-)$/i, 'kronor'],
  [/\s*(?:dagar|dag|dgr|d)$/i, 'dagar'],
  [/\s*(?:st|stycken|personer|pers\.?|ärenden)$/i, 'antal'],
];
const YES_NO: Record<string, number> = { ja: 1, nej: 0 };

export function readSwedishNumber(text: string): NumberReading | null {
  let rest = text.normalize('NFKC').trim();
  const yesNo = YES_NO[rest.toLowerCase()];
  if (yesNo !== undefined) return { value: yesNo, unit: 'ja_nej', approximate: false };
  const approximate = APPROXIMATE.test(rest);
  rest = rest.replace(APPROXIMATE, '');
  let unit: MeasureUnit | null = null;
  for (const [pattern, u] of UNITS) {
    if (pattern.test(rest)) {
      unit = u;
      rest = rest.replace(pattern, '');
      break;
    }
  }
  rest = rest.replace(/[\s\u00a0\u202f]/g, '').replace(/^[\u2212\u2013]/, '-');
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(rest)) rest = rest.replace(/\./g, '');
  rest = rest.replace(',', '.');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(rest)) return null;
  const value = Number(rest);
  return Number.isFinite(value) ? { value, unit, approximate } : null;
}
