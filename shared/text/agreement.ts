import { numberInText } from './numbers';
import { capitalise } from './sentence';
import type { Noun, Participle } from './words';

/**
 * Agreement: the noun and its participle follow the number. Zero takes the plural
 * ("inga åtgärder är försenade"), one the singular in the noun's gender ("ett mått är klart").
 */
export function nounFor(n: number, noun: Noun): string {
  return n === 1 ? noun.singular : noun.plural;
}

export function agree(participle: Participle, n: number, noun: Noun): string {
  if (n !== 1) return participle.plural;
  return noun.gender === 'neutrum' ? participle.neutrum : participle.utrum;
}

/** "inga åtgärder", "en åtgärd", "ett mått", "tolv nämnder", "13 åtgärder", "1 000 lägesrapporter". */
export function count(n: number, noun: Noun): string {
  if (n === 0) return `inga ${noun.plural}`;
  return `${numberInText(n, noun.gender)} ${nounFor(n, noun)}`;
}

/**
 * A count that begins a sentence: "Inga åtgärder", "En åtgärd", "Tolv åtgärder", and above twelve
 * "Sammanlagt 13 åtgärder", since a sentence may not begin with a digit.
 */
export function countAtStart(n: number, noun: Noun): string {
  const counted = count(n, noun);
  return /^\d/.test(counted) ? `Sammanlagt ${counted}` : capitalise(counted);
}

/** "den" or "de" for what was just counted: "en åtgärd …, den skulle", "två åtgärder …, de skulle". */
export function pronounFor(n: number, noun: Noun): string {
  if (n !== 1) return 'de';
  return noun.gender === 'neutrum' ? 'det' : 'den';
}
