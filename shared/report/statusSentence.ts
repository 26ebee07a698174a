import { EFFECTIVE_STATUSES, type EffectiveStatus, type StatusCounts } from '../domain/status';
import { agree, capitalise, count, everyOne, joinList, NOUNS, numberInText, PARTICIPLES, type Noun, type Participle } from '../text';

/**
 * "Av 33 åtgärder är elva genomförda, tio pågående, tre ej påbörjade, sex försenade, en utan
 * uppföljning och två avbrutna." — the counts sentence of the reports. Statuses with no åtgärd are
 * left out; the order is the one the reports use everywhere. When every åtgärd has the same status
 * it says so: "Alla fem åtgärderna är genomförda.", "Den enda åtgärden är avbruten."
 */
export const REPORT_STATUS_ORDER: readonly EffectiveStatus[] = EFFECTIVE_STATUSES;

export const STATUS_PARTICIPLE: Record<EffectiveStatus, Participle> = {
  genomford: PARTICIPLES.genomford,
  pagaende: PARTICIPLES.pagaende,
  ej_paborjad: PARTICIPLES.ejPaborjad,
  forsenad: PARTICIPLES.forsenad,
  ingen_uppfoljning: PARTICIPLES.utanUppfoljning,
  avbruten: PARTICIPLES.avbruten,
};

/**
 * `which` narrows the noun inside the sentence: "Av fem åtgärder som nämnderna har planerat … är …".
 */
export function statusCountsSentence(total: number, counts: StatusCounts, noun: Noun = NOUNS.atgard, which = ''): string {
  const tail = which ? ` ${which}` : '';
  if (total === 0) return `Det finns inga ${noun.plural}${tail}.`;
  const present = REPORT_STATUS_ORDER.filter((s) => counts[s] > 0);
  if (present.length === 1 && counts[present[0]] === total) {
    return `${capitalise(everyOne(total, noun))}${tail} är ${agree(STATUS_PARTICIPLE[present[0]], total, noun)}.`;
  }
  const parts = present.map((s) => `${numberInText(counts[s], noun.gender)} ${agree(STATUS_PARTICIPLE[s], counts[s], noun)}`);
  return `Av ${count(total, noun)}${tail} är ${joinList(parts)}.`;
}
