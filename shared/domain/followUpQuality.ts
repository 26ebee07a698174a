import type { Action, ActionStatusRow, Plan } from './types';

/**
 * Uppföljningsbarhet: can this plan be followed up at all? The audits (shared/seeds/001) find plans
 * whose åtgärder have no date, no clear owner and no measurable target, so nobody can say whether
 * they are done. This check reads only the plan's own text and structure (no status reports), so the
 * view and the yearly report show the same findings.
 */
export const QUALITY_ISSUES = ['no_deadline', 'deadline_outside_period', 'no_lead', 'too_many_responsible', 'no_indicator', 'vague'] as const;
export type QualityIssue = (typeof QUALITY_ISSUES)[number];

/** More ansvariga than this and nobody feels it is theirs. */
export const MAX_RESPONSIBLE = 3;
/** Fewer words than this in title + description says too little to judge when it is done. */
export const MIN_WORDS = 8;

export const QUALITY_ISSUE_LABEL: Record<QualityIssue, string> = {
  no_deadline: 'Ingen deadline (Löpande)',
  deadline_outside_period: 'Deadline utanför planperioden',
  no_lead: 'Ingen huvudansvarig',
  too_many_responsible: `Fler än ${MAX_RESPONSIBLE} ansvariga`,
  no_indicator: 'Inget mått, ingen indikator eller mätbart mål',
  vague: 'För vagt formulerad',
};

/** Why each kind makes follow-up hard: shown once per kind in the summary. */
export const QUALITY_ISSUE_WHY: Record<QualityIssue, string> = {
  no_deadline: 'Utan ett datum går det inte att säga när åtgärden är försenad eller ska vara klar.',
  deadline_outside_period: 'Åtgärden hinner inte följas upp inom planen, eller var klar innan planen gällde.',
  no_lead: 'Det är oklart vilken nämnd som driver åtgärden och rapporterar status.',
  too_many_responsible: 'När många delar ansvaret blir det otydligt vem som ska göra vad.',
  no_indicator: 'Det går att se om åtgärden gjorts, men inte om den gett någon effekt.',
  vague: 'Texten säger för lite för att man ska kunna bedöma om åtgärden är genomförd.',
};

export interface QualityFinding {
  issue: QualityIssue;
  /** Swedish, about this åtgärd: "Klart senast 2029-06-30 ligger efter planperioden 2022–2027." */
  explanation: string;
}

export interface ActionQuality {
  actionId: number;
  number: string;
  title: string;
  findings: QualityFinding[];
}

export interface QualityReport {
  total: number;
  /** Åtgärder with at least one finding. */
  withFindings: number;
  /** Åtgärder per kind of finding. */
  counts: Record<QualityIssue, number>;
  /** Only åtgärder with findings, in the order given. */
  actions: ActionQuality[];
  /** Swedish sentences about the plan itself (no period, no goal, no revision interval). */
  planFindings: string[];
}

/** The plan states what should happen: "ska"/"skall"/"bör", or a verb of doing or changing. */
const RESULT_WORDS = new Set(['ska', 'skall', 'bör']);
const RESULT_STEMS = ['inför', 'genomför', 'utbild', 'upprätt', 'fastställ', 'erbjud', 'inrätt', 'utveckl', 'säkerställ',
  'kartlägg', 'skapa', 'öka', 'minska', 'stärk', 'förbättr', 'implementer', 'anordna', 'besluta'];
const RESULT_PHRASES = /\b(ta|tas|tar|tagits) fram\b|\b(följa|följs|följas) upp\b/;

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function vagueness(action: Pick<Action, 'title' | 'description'>): string | null {
  const tokens = words(`${action.title} ${action.description}`);
  if (tokens.length < MIN_WORDS) {
    return `Titel och beskrivning har tillsammans ${tokens.length} ord. Med färre än ${MIN_WORDS} ord går det sällan att avgöra vad som ska göras.`;
  }
  const statesResult = tokens.some((t) => RESULT_WORDS.has(t) || RESULT_STEMS.some((stem) => t.startsWith(stem)))
    || RESULT_PHRASES.test(tokens.join(' '));
  if (!statesResult) {
    return 'Texten säger inte vad som ska göras eller uppnås: den saknar ”ska” och verb som ”ta fram”, ”införa” eller ”utbilda”.';
  }
  return null;
}

function periodText(plan: Plan): string {
  return `${plan.periodStart}–${plan.periodEnd}`;
}

/** An åtgärd as the check reads it: its own fields and how many mått it has. */
export type CheckedAction = Action & Pick<ActionStatusRow, 'measureCount'>;

/** Every finding for one åtgärd, in the order of QUALITY_ISSUES. */
export function checkAction(plan: Plan, action: CheckedAction): QualityFinding[] {
  const findings: QualityFinding[] = [];
  if (action.deadline === null) {
    findings.push({ issue: 'no_deadline', explanation: 'Åtgärden har inget datum för när den ska vara klar (Löpande).' });
  } else if (plan.periodStart !== null && plan.periodEnd !== null) {
    const year = Number(action.deadline.slice(0, 4));
    if (year > plan.periodEnd) {
      findings.push({ issue: 'deadline_outside_period', explanation: `Klart senast ${action.deadline} ligger efter planperioden ${periodText(plan)}.` });
    } else if (year < plan.periodStart) {
      findings.push({ issue: 'deadline_outside_period', explanation: `Klart senast ${action.deadline} ligger före planperioden ${periodText(plan)}.` });
    }
  }
  if (!action.responsible.some((r) => r.role === 'huvudansvarig')) {
    findings.push({
      issue: 'no_lead',
      explanation: action.responsible.length === 0 ? 'Ingen nämnd är ansvarig för åtgärden.' : 'Ingen av de ansvariga nämnderna är huvudansvarig.',
    });
  }
  if (action.responsible.length > MAX_RESPONSIBLE) {
    findings.push({ issue: 'too_many_responsible', explanation: `${action.responsible.length} nämnder delar på ansvaret.` });
  }
  if (action.indicatorText.trim() === '' && action.measureCount === 0) {
    findings.push({ issue: 'no_indicator', explanation: 'Åtgärden har inget mått och fältet Indikator/mål är tomt.' });
  }
  const vague = vagueness(action);
  if (vague) findings.push({ issue: 'vague', explanation: vague });
  return findings;
}

function checkPlan(plan: Plan, actionCount: number): string[] {
  const findings: string[] = [];
  if (actionCount === 0) findings.push('Planen har inga åtgärder ännu, så det finns inget att följa upp.');
  if (plan.periodStart === null || plan.periodEnd === null) {
    findings.push('Planen saknar period, så det går inte att pröva om åtgärdernas deadlines ligger inom den.');
  }
  if (plan.overallGoal.trim() === '') findings.push('Planen saknar övergripande mål att bedöma åtgärderna mot.');
  if (plan.revisionIntervalYears === null) findings.push('Det framgår inte hur ofta planen ska revideras.');
  return findings;
}

export function checkFollowUpQuality(plan: Plan, actions: CheckedAction[]): QualityReport {
  const counts = Object.fromEntries(QUALITY_ISSUES.map((k) => [k, 0])) as Record<QualityIssue, number>;
  const flagged: ActionQuality[] = [];
  for (const action of actions) {
    const findings = checkAction(plan, action);
    if (findings.length === 0) continue;
    for (const f of findings) counts[f.issue] += 1;
    flagged.push({ actionId: action.id, number: action.number, title: action.title, findings });
  }
  return { total: actions.length, withFindings: flagged.length, counts, actions: flagged, planFindings: checkPlan(plan, actions.length) };
}

/** "9 av 33 åtgärder har minst en brist", for the view and the yearly report. */
export function qualitySummaryText(report: Pick<QualityReport, 'total' | 'withFindings'>): string {
  if (report.total === 0) return 'Planen har inga åtgärder.';
  if (report.withFindings === 0) return report.total === 1 ? 'Planens enda åtgärd har ingen brist.' : `Ingen av planens ${report.total} åtgärder har någon brist.`;
  return `${report.withFindings} av ${report.total} ${report.total === 1 ? 'åtgärd' : 'åtgärder'} har minst en brist`;
}
