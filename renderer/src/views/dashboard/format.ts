import { formatDate } from '@shared/dates';
import { nounFor, NOUNS } from '@shared/text';

/** Numbers and changes as the dashboard shows them: sv-SE digits, a real minus sign, words for screen readers. */
const integer = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

export function formatCount(n: number): string {
  return integer.format(n);
}

export function formatShare(percent: number | null): string {
  return percent === null ? '–' : `${decimal.format(percent)} %`;
}

export interface Change {
  /** What sighted users see: "+3", "−2", "±0". */
  shown: string;
  /** What a screen reader says: "3 fler än per 2025-11-26". */
  spoken: string;
  direction: 'up' | 'down' | 'same';
}

/** The change from `before` to `now` in whole counts. */
export function countChange(now: number, before: number, compareTo: string): Change {
  const diff = now - before;
  const when = `per ${formatDate(compareTo)}`;
  if (diff === 0) return { shown: '±0', spoken: `oförändrat sedan ${when}`, direction: 'same' };
  const n = integer.format(Math.abs(diff));
  return diff > 0
    ? { shown: `+${n}`, spoken: `${n} fler än ${when}`, direction: 'up' }
    : { shown: `−${n}`, spoken: `${n} färre än ${when}`, direction: 'down' };
}

/** The change of a share in procentenheter (percentage points). */
export function shareChange(now: number | null, before: number | null, compareTo: string): Change | null {
  if (now === null || before === null) return null;
  const diff = Math.round((now - before) * 10) / 10;
  const when = `per ${formatDate(compareTo)}`;
  if (diff === 0) return { shown: '±0', spoken: `oförändrat sedan ${when}`, direction: 'same' };
  const n = decimal.format(Math.abs(diff));
  return diff > 0
    ? { shown: `+${n}`, spoken: `${n} procentenheter högre än ${when}`, direction: 'up' }
    : { shown: `−${n}`, spoken: `${n} procentenheter lägre än ${when}`, direction: 'down' };
}

/** "1 åtgärd", "5 åtgärder": digits, as in the figures beside it. */
export function actionsText(n: number): string {
  return `${formatCount(n)} ${nounFor(n, NOUNS.atgard)}`;
}
