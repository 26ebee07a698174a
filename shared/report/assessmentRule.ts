import type { Assessment, StatusCounts } from '../domain/status';

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
    return { answer: 'nej', reason: 'Området har inga åtgärder som kan bedömas.' };
  }
  const of = `${counts.genomford} av ${base} åtgärder är genomförda`;
  if (lagging === 0 && counts.genomford * 2 >= base) {
    return { answer: 'ja', reason: `${of} och ingen åtgärd är försenad eller saknar uppföljning.` };
  }
  if (lagging * 3 > base) {
    return { answer: 'nej', reason: `${lagging} av ${base} åtgärder är försenade eller saknar uppföljning, vilket är mer än en tredjedel.` };
  }
  if (moving === 0) {
    return { answer: 'nej', reason: `Ingen av områdets ${base} åtgärder är genomförd eller pågående.` };
  }
  const rest = lagging > 0 ? `, och ${lagging} ${lagging === 1 ? 'är försenad' : 'är försenade'} eller saknar uppföljning` : ', men mindre än hälften är genomförda';
  return { answer: 'delvis', reason: `${of}${rest}.` };
}
