import { agree, count } from './agreement';
import { numberInText } from './numbers';
import { capitalise } from './sentence';
import type { Noun, Participle } from './words';

export interface ShareOf {
  /** How many of the counted ones have the quality ("genomförda"). */
  part: number;
  /** All of them, the stopped ones included. */
  total: number;
  /** How many were stopped (avbrutna): named in the same sentence and left out of the comparison. */
  cancelled?: number;
  noun: Noun;
  participle: Participle;
}

/**
 * "x av y" as one sentence that never starts with a digit and always says what happened to the
 * avbrutna, so that a reader can add the numbers up:
 * - "En av tre åtgärder är genomförd." / "Av 31 åtgärder är 13 genomförda."
 * - "Ingen av tre åtgärder är genomförd." / "Båda åtgärderna är genomförda." / "Alla tre åtgärderna är genomförda."
 * - "Av 33 åtgärder har två avbrutits, och elva av de övriga 31 är genomförda."
 */
export function shareSentence({ part, total, cancelled = 0, noun, participle }: ShareOf): string {
  if (total === 0) return `Det finns inga ${noun.plural}.`;
  const counted = total - cancelled;
  if (cancelled === 0) return `${capitalise(ofAll(part, total, noun, participle))}.`;
  if (counted === 0) return `${capitalise(everyOne(total, noun))} har avbrutits.`;
  return `Av ${count(total, noun)} har ${numberInText(cancelled, noun.gender)} avbrutits, och ${ofRest(part, counted, noun, participle)}.`;
}

function article(noun: Noun): string {
  return noun.gender === 'neutrum' ? 'det' : 'den';
}

function none(noun: Noun): string {
  return noun.gender === 'neutrum' ? 'inget' : 'ingen';
}

/** "den enda åtgärden", "båda åtgärderna", "alla tre åtgärderna" */
export function everyOne(total: number, noun: Noun): string {
  if (total === 1) return `${article(noun)} enda ${noun.definite}`;
  if (total === 2) return `båda ${noun.definitePlural}`;
  return `alla ${numberInText(total, noun.gender)} ${noun.definitePlural}`;
}

function isOrIsNot(part: number, noun: Noun, participle: Participle): string {
  return part === 1 ? `är ${agree(participle, 1, noun)}` : `är inte ${agree(participle, 1, noun)}`;
}

function ofAll(part: number, total: number, noun: Noun, participle: Participle): string {
  if (total === 1) return `${noun.definite} ${isOrIsNot(part, noun, participle)}`;
  if (part === total) return `${everyOne(total, noun)} är ${participle.plural}`;
  if (part === 0) return `${none(noun)} av ${count(total, noun)} är ${agree(participle, 1, noun)}`;
  const partText = numberInText(part, noun.gender);
  // A digit may not begin the sentence: "Av 31 åtgärder är 13 genomförda."
  if (/^\d/.test(partText)) return `av ${count(total, noun)} är ${partText} ${agree(participle, part, noun)}`;
  return `${partText} av ${count(total, noun)} är ${agree(participle, part, noun)}`;
}

function ofRest(part: number, rest: number, noun: Noun, participle: Participle): string {
  const restText = numberInText(rest, noun.gender);
  if (rest === 1) return `${article(noun)} återstående ${noun.definite} ${isOrIsNot(part, noun, participle)}`;
  if (part === rest) return `${rest === 2 ? 'båda' : 'alla'} de övriga ${rest === 2 ? '' : `${restText} `}är ${participle.plural}`;
  if (part === 0) return `${none(noun)} av de övriga ${restText} är ${agree(participle, 1, noun)}`;
  return `${numberInText(part, noun.gender)} av de övriga ${restText} är ${agree(participle, part, noun)}`;
}
