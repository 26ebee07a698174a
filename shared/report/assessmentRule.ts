import type { Assessment, EffectiveStatus } from '../domain/status';
import type { MeasureProgressCounts } from '../domain/measureProgress';
import { NOUNS, PARTICIPLES, agree, capitalise, count, joinList, numberInText, shareSentence } from '../text';

/**
 * The suggested answer to an utvecklingsområde's standard question ("Har åtgärderna … genomförts
 * enligt planen?"), weighing status, rapportering and mått together (issue 14, Deliver 4). The
 * strateg may change it; the rule is stated in these words in the app and in the report's Metod,
 * so nobody has to guess how an answer was made.
 *
 * An åtgärd brister (falls short) when it is Försenad, has Ingen uppföljning, carries the mark
 * "Ej rapporterad under året", or is Avbruten without a beslut (instans and datum). An Avbruten with
 * its beslut is a decision to stop, neither progress nor neglect, and is left out of the count.
 */
export const ASSESSMENT_RULE: readonly string[] = [
  'Förslaget räknas fram ur åtgärdernas status och rapportering vid rapportdatum och ur områdets mått.',
  'En åtgärd brister om den är försenad, saknar uppföljning, saknar lägesrapport under året (Ej rapporterad under året) '
    + 'eller har avbrutits utan ett beslut med instans och datum. En åtgärd som har avbrutits efter ett sådant beslut räknas inte med.',
  'Ett mått ligger i linje med målvärdet när årets senaste utfall är minst lika bra som en rak linje från utgångsvärdet till målvärdet vid samma tidpunkt.',
  'Ja – ingen åtgärd brister, inget mått ligger efter målvärdet eller saknar utfall för året, och minst hälften av åtgärderna är genomförda.',
  'Nej – mer än en tredjedel av åtgärderna och de bedömda måtten brister (ett mått brister när det ligger efter målvärdet), '
    + 'eller ingen åtgärd är genomförd eller pågående.',
  'Delvis – i alla andra fall.',
];

/** One åtgärd as the rule sees it. */
export interface RuleAction {
  status: EffectiveStatus;
  /** The mark "Ej rapporterad under året" (shared/domain/reporting.ts). */
  notReportedInYear: boolean;
  /** For an Avbruten: its beslut (beslut, instans and datum) is recorded. */
  stopDecided: boolean;
}

export interface RuleInput {
  /** The report year, named in the reason ("saknar lägesrapport under 2026"). */
  year: number;
  /** Whose mått the reason speaks of: an område's (the default) or the whole plan's. */
  about?: 'område' | 'plan';
  actions: readonly RuleAction[];
  /** The område's mått, judged for the year (shared/domain/measureProgress.ts). */
  measures: MeasureProgressCounts;
}

export interface SuggestedAssessment {
  answer: Assessment;
  /** Why, in a few Swedish sentences with the numbers. */
  reason: string;
}

/** Why an åtgärd brister: each one counted once, under the first that applies. */
type Shortfall = 'stopped' | 'late' | 'none' | 'unreported';

function shortfallOf(action: RuleAction): Shortfall | null {
  if (action.status === 'avbruten') return action.stopDecided ? null : 'stopped';
  if (action.status === 'forsenad') return 'late';
  if (action.status === 'ingen_uppfoljning') return 'none';
  if (action.status !== 'genomford' && action.notReportedInYear) return 'unreported';
  return null;
}

export interface RuleCounts {
  total: number;
  /** Åtgärder the rule counts: all but those stopped by a beslut. */
  counted: number;
  done: number;
  moving: number;
  stopped: number;
  shortfalls: Record<Shortfall, number>;
  lagging: number;
}

export function ruleCounts(actions: readonly RuleAction[]): RuleCounts {
  const shortfalls: Record<Shortfall, number> = { stopped: 0, late: 0, none: 0, unreported: 0 };
  let decided = 0;
  for (const action of actions) {
    const shortfall = shortfallOf(action);
    if (shortfall) shortfalls[shortfall] += 1;
    if (action.status === 'avbruten' && action.stopDecided) decided += 1;
  }
  const done = actions.filter((a) => a.status === 'genomford').length;
  return {
    total: actions.length,
    counted: actions.length - decided,
    done,
    moving: done + actions.filter((a) => a.status === 'pagaende').length,
    stopped: actions.filter((a) => a.status === 'avbruten').length,
    shortfalls,
    lagging: shortfalls.stopped + shortfalls.late + shortfalls.none + shortfalls.unreported,
  };
}

/** Each kind of shortfall as a verb and what follows it: "är försenade", "saknar uppföljning". */
const SHORTFALL_PHRASE: Record<Shortfall, (k: number, year: number) => { verb: string; rest: string }> = {
  late: (k) => ({ verb: 'är', rest: agree(PARTICIPLES.forsenad, k, NOUNS.atgard) }),
  none: () => ({ verb: 'saknar', rest: 'uppföljning' }),
  unreported: (_k, year) => ({ verb: 'saknar', rest: `lägesrapport under ${year}` }),
  stopped: () => ({ verb: 'har', rest: 'avbrutits utan beslut' }),
};
const SHORTFALL_ORDER: Shortfall[] = ['late', 'none', 'unreported', 'stopped'];

/**
 * "Åtgärden är försenad." / "Av sju åtgärder är två försenade." /
 * "Av de sex åtgärder som bedöms brister tre: två är försenade och en saknar uppföljning."
 */
function laggingSentence(c: RuleCounts, year: number): string {
  if (c.lagging === 0) return 'Ingen åtgärd är försenad, saknar uppföljning eller lägesrapport under året, eller har avbrutits utan beslut.';
  const kinds = SHORTFALL_ORDER.filter((k) => c.shortfalls[k] > 0).map((k) => ({ n: numberInText(c.shortfalls[k]), ...SHORTFALL_PHRASE[k](c.shortfalls[k], year) }));
  if (c.total === 1) return `${capitalise(NOUNS.atgard.definite)} ${kinds[0].verb} ${kinds[0].rest}.`;
  const of = c.counted === c.total ? `Av ${count(c.counted, NOUNS.atgard)}` : `Av de ${numberInText(c.counted)} åtgärder som bedöms`;
  if (kinds.length === 1) return `${of} ${kinds[0].verb} ${kinds[0].n} ${kinds[0].rest}.`;
  return `${of} brister ${numberInText(c.lagging)}: ${joinList(kinds.map((k) => `${k.n} ${k.verb} ${k.rest}`))}.`;
}

const MEASURE_PHRASE: Record<keyof MeasureProgressCounts, (year: number) => string> = {
  on_track: () => 'i linje med målvärdet',
  off_track: () => 'efter målvärdet',
  no_value: (year) => `utan utfall för ${year}`,
  not_judged: () => 'utan målvärde att bedöma mot',
};

/** "Av områdets fyra mått är två i linje med målvärdet, ett efter målvärdet och ett utan utfall för 2026." */
export function measureSentence(m: MeasureProgressCounts, year: number, about: 'område' | 'plan' = 'område'): string {
  const owner = about === 'plan' ? 'planens' : 'områdets';
  const states = (Object.keys(MEASURE_PHRASE) as (keyof MeasureProgressCounts)[]).filter((s) => m[s] > 0);
  const total = states.reduce((sum, s) => sum + m[s], 0);
  if (total === 0) return '';
  if (total === 1) return `${capitalise(owner)} enda mått är ${MEASURE_PHRASE[states[0]](year)}.`;
  if (states.length === 1) return `${capitalise(total === 2 ? 'båda' : `alla ${numberInText(total, 'neutrum')}`)} av ${owner} mått är ${MEASURE_PHRASE[states[0]](year)}.`;
  return `Av ${owner} ${count(total, NOUNS.matt)} är ${joinList(states.map((s) => `${numberInText(m[s], 'neutrum')} ${MEASURE_PHRASE[s](year)}`))}.`;
}

/** Åtgärder that brister and mått behind their line are weighed together, each counting once. */
function answerOf(c: RuleCounts, m: MeasureProgressCounts): Assessment {
  const judged = m.on_track + m.off_track;
  if ((c.lagging + m.off_track) * 3 > c.counted + judged || c.moving === 0) return 'nej';
  if (c.lagging === 0 && c.done * 2 >= c.counted && m.off_track === 0 && m.no_value === 0) return 'ja';
  return 'delvis';
}

export function suggestAssessment(input: RuleInput): SuggestedAssessment {
  const c = ruleCounts(input.actions);
  if (c.counted === 0) {
    return { answer: 'nej', reason: c.total === 0 ? 'Området har inga åtgärder som kan bedömas.' : 'Områdets åtgärder har avbrutits efter beslut, så det finns inga åtgärder att bedöma.' };
  }
  const answer = answerOf(c, input.measures);
  const status = shareSentence({ part: c.done, total: c.total, cancelled: c.stopped, noun: NOUNS.atgard, participle: PARTICIPLES.genomford });
  const noneMoving = c.moving === 0 && c.done === 0 && c.total > 1 ? ' Ingen av åtgärderna är genomförd eller pågående.' : '';
  // The share is said once: a Delvis for too few genomförda is read from it (issue 15).
  const reason = `${status} ${laggingSentence(c, input.year)}${noneMoving} ${measureSentence(input.measures, input.year, input.about)}`;
  return { answer, reason: reason.replace(/\s+/g, ' ').trim() };
}
