import { numberInText } from './numbers';
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
