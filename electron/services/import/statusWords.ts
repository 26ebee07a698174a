import type { ReportedStatus } from '@shared/domain/status';
import { fold } from './text';

/**
 * Status words as plans and nämnder write them, folded (no case, accents or punctuation).
 * "Försenad" is not a reported status (the app derives it from the deadline): it is read as
 * Pågående, and the preview says so.
 */
const WORDS: Record<ReportedStatus, string[]> = {
  genomford: ['genomförd', 'genomfört', 'genomförda', 'klar', 'klart', 'klara', 'avklarad', 'avklarat', 'slutförd', 'slutfört',
    'färdig', 'färdigt', 'avslutad', 'avslutat', 'uppfylld', 'uppnådd', 'genomförd klar'],
  pagaende: ['pågående', 'pågår', 'påbörjad', 'påbörjat', 'påbörjade', 'startad', 'startat', 'under arbete', 'i gång', 'igång',
    'pågående arbete', 'delvis genomförd', 'pågår enligt plan', 'försenad', 'försenat'],
  ej_paborjad: ['ej påbörjad', 'ej påbörjat', 'inte påbörjad', 'inte påbörjat', 'ej startad', 'ej startat', 'inte startad',
    'inte startat', 'ej inledd', 'ej inlett', 'ej påbörjade', 'planerad', 'planerat', 'ej genomförd', 'inte genomförd'],
  avbruten: ['avbruten', 'avbrutet', 'avbrutna', 'utgår', 'utgått', 'struken', 'struket', 'avförd', 'avfört', 'stoppad', 'stoppat'],
};

const BY_WORD = new Map<string, ReportedStatus>(
  (Object.entries(WORDS) as [ReportedStatus, string[]][]).flatMap(([status, words]) => words.map((w) => [fold(w), status] as const)),
);

const LATE = new Set(['forsenad', 'forsenat']);

export interface StatusReading {
  status: ReportedStatus;
  /** Set when the word was read as something else than it says (Försenad → Pågående). */
  note: string | null;
}

/** null when the word is not a status. */
export function readStatus(text: string): StatusReading | null {
  const folded = fold(text);
  const status = BY_WORD.get(folded);
  if (!status) return null;
  return { status, note: LATE.has(folded) ? 'Försenad räknas fram av programmet (klart senast har passerats) och läses in som Pågående.' : null };
}
