import type { MeasureProgressCounts } from '../domain/measureProgress';
import { count, joinList, NOUNS, numberInText, sentence } from '../text';

/**
 * What an område's mått table says in words, above the table: "Området följs upp med fem mått.
 * Två ligger i fas, ett ligger efter plan och två saknar utfall för 2026." A count above twelve is
 * written in digits, so the second sentence then opens with "Av dem" and never with a digit.
 */
export function measureCountsSentence(counts: MeasureProgressCounts, year: number): string {
  const total = counts.on_track + counts.off_track + counts.no_value + counts.not_judged;
  if (total === 0) return 'Området har inga mått.';
  const n = (value: number) => numberInText(value, NOUNS.matt.gender);
  const clauses: [number, string, string][] = [
    [counts.on_track, 'ligger', 'i fas'],
    [counts.off_track, 'ligger', 'efter plan'],
    [counts.no_value, 'saknar', `utfall för ${year}`],
    [counts.not_judged, 'kan', 'inte bedömas'],
  ];
  const parts = clauses.filter(([value]) => value > 0).map(([value, verb, rest]) => `${n(value)} ${verb} ${rest}`);
  const first = sentence(`Området följs upp med ${count(total, NOUNS.matt)}`);
  if (total === 1) return `${first} ${sentence(`Det ${parts[0].replace(/^ett /, '')}`)}`;
  // "13 ligger i fas" → "Av dem ligger 13 i fas": the verb moves before the number.
  const opening = /^\d/.test(parts[0]) ? [`Av dem ${parts[0].replace(/^(\S+) (\S+)/, '$2 $1')}`, ...parts.slice(1)] : parts;
  const second = joinList(opening);
  return `${first} ${sentence(second)}`;
}
