import { joinList } from './lists';
import type { Noun } from './words';

/** "åtgärd 1.3" or "åtgärderna 1.3, 2.2 och 4.1": a noun naming one or several items by number or name. */
export function namedItems(noun: Noun, names: readonly string[]): string {
  return names.length === 1 ? `${noun.singular} ${names[0]}` : `${noun.definitePlural} ${joinList(names)}`;
}
