import type { Assessment, StatusCounts } from '../domain/status';
import { agree, countAtStart, NOUNS, PARTICIPLES, shareSentence, type Participle } from '../text';

/**
 * The suggested answer to an utvecklingsområde's question ("Har åtgärderna genomförts enligt
 * planen?"), computed from its åtgärder's statuses as of the report date. The strateg may
 * change it; the rule is shown in the app in these words so nobody has to guess how it was made.
 * Avbrutna åtgärder are left out: a decision to stop is neither progress nor neglect.
 */
export const ASSESSMENT_RULE: readonly string[] = [
  'Förslaget räknas fram ur åtgärdernas status vid rapportdatum. Avbrutna åtgärder räknas inte med.',
  'Ja – ingen åtgärd är försenad eller saknar uppföljning, och minst hälften av åtgärderna är genomförda.',
  'Nej – mer än en tredjedel av åtgärderna är försenade eller saknar uppföljning, eller ingen åtgärd är genomförd eller pågående.',
  'Delvis – i alla andra fall.',
];

export interface SuggestedAssessment {
  answer: Assessment;
  /** Why, in one Swedish sentence with the numbers. */
  reason: string;
}

export function suggestAssessment(counts: StatusCounts): SuggestedAssessment {
  const base = counts.genomford + counts.pagaende + counts.ej_paborjad + counts.forsenad + counts.ingen_uppfoljning;
  const lagging = counts.forsenad + counts.ingen_uppfoljning;
  const moving = counts.genomford + counts.pagaende;
  if (base === 0) {
    return { answer: 'nej', reason: reasons.nothingToAssess(counts.avbruten) };
  }
  if (lagging === 0 && counts.genomford * 2 >= base) {
    return { answer: 'ja', reason: reasons.done(counts, base, lagging) };
  }
  if (lagging * 3 > base) {
    return { answer: 'nej', reason: reasons.lagging(counts, lagging) };
  }
  if (moving === 0) {
    return { answer: 'nej', reason: reasons.standingStill(counts, base) };
  }
  return { answer: 'delvis', reason: reasons.done(counts, base, lagging) };
}

/** The reasons' sentences, written with shared/text; the avbrutna are named in the same sentence. */
const reasons = {
  nothingToAssess: (cancelled: number) => (cancelled > 0
    ? `${shareOf(0, cancelled, cancelled, PARTICIPLES.genomford)} Området har därför inga åtgärder som kan bedömas.`
    : 'Området har inga åtgärder som kan bedömas.'),
  done: (counts: StatusCounts, base: number, lagging: number) => {
    const share = shareOf(counts.genomford, base + counts.avbruten, counts.avbruten, PARTICIPLES.genomford);
    if (counts.genomford === base) return share;
    if (lagging === 0) return `${share} Ingen åtgärd är försenad eller saknar uppföljning.`;
    return `${share} ${countAtStart(lagging, NOUNS.atgard)} är ${agree(PARTICIPLES.forsenadEllerUtanUppfoljning, lagging, NOUNS.atgard)}.`;
  },
  lagging: (counts: StatusCounts, lagging: number) => {
    const base = counts.genomford + counts.pagaende + counts.ej_paborjad + lagging;
    const share = shareOf(lagging, base + counts.avbruten, counts.avbruten, PARTICIPLES.forsenadEllerUtanUppfoljning);
    return base === 1 ? share : `${share.slice(0, -1)}, vilket är mer än en tredjedel.`;
  },
  standingStill: (counts: StatusCounts, base: number) => (base === 1 && counts.avbruten === 0
    ? 'Åtgärden är varken genomförd eller pågående.'
    : shareOf(0, base + counts.avbruten, counts.avbruten, PARTICIPLES.genomfordEllerPagaende)),
};

function shareOf(part: number, total: number, cancelled: number, participle: Participle): string {
  return shareSentence({ part, total, cancelled, noun: NOUNS.atgard, participle });
}
