import type { ReportTextField } from '../../../shared/report/model';
import { authorLine } from '../../../shared/domain/settings';
import type { Assessment, StatusCounts } from '../../../shared/domain/status';
import { ASSESSMENT_LABEL, RHYTHM_LABEL, revisionIntervalLabel } from '../../../shared/labels';
import { suggestAssessment } from '../../../shared/report/assessmentRule';
import type { Body } from '../../../shared/domain/types';
import {
  agree, count, countAtStart, dateInText, namedItems, nameInText, NOUNS, numberInText, PARTICIPLES, percentText as percent, pronounFor, sentenceWithList,
} from '../../../shared/text';
import { countStatuses, fieldMaker } from './reportParts';
import type { ReportData } from './reportData';
import { periodText } from './reportYear';

/**
 * The yearly report's texts and their defaults, generated from the data so that a first report
 * is complete without typing. Keys are stable: they are what report_text rows are saved under.
 */
export const YEARLY_KEYS = {
  author: 'titel.upprattad_av',
  diaryNumber: 'titel.diarienummer',
  summary: 'sammanfattning',
  background: 'inledning.bakgrund',
  purpose: 'inledning.syfte',
  bodies: 'inledning.namnder',
  method: 'inledning.metod',
  criteria: 'inledning.kriterier',
  recommendations: (bodyId: number) => `rekommendation.${bodyId}`,
  areaAssessment: (areaId: number) => `omrade.${areaId}.bedomning`,
  areaMotivation: (areaId: number) => `omrade.${areaId}.motivering`,
};

export function areaQuestion(areaName: string): string {
  return `Har åtgärderna inom utvecklingsområdet ${areaName} genomförts enligt planen?`;
}

export function areaCounts(data: ReportData, areaId: number): { counts: StatusCounts; total: number } {
  const rows = data.actions.filter((a) => a.areaId === areaId);
  return { counts: countStatuses(rows), total: rows.length };
}

function numbersOf(data: ReportData, filter: (a: ReportData['actions'][number]) => boolean): string[] {
  return data.actions.filter(filter).map((a) => a.number || a.title);
}

/** "i allt väsentligt", "delvis", "inte": how the plan is carried out, without repeating "plan". */
const VERDICT: Record<Assessment, string> = {
  ja: 'i allt väsentligt genomförs som avsett',
  delvis: 'delvis genomförs som avsett',
  nej: 'inte genomförs som avsett',
};

/** One sentence per answer; a list of names that themselves contain "och" becomes bullets. */
function perAreaSentences(data: ReportData, assessments: Map<number, Assessment>): string[] {
  return (['ja', 'delvis', 'nej'] as const).flatMap((answer) => {
    const names = data.areas.filter((a) => assessments.get(a.id) === answer).map((a) => a.name);
    if (names.length === 0) return [];
    return [sentenceWithList(`Bedömningen är ${ASSESSMENT_LABEL[answer]} för ${count(names.length, NOUNS.utvecklingsomrade)}`, names)];
  });
}

function reportingSentences(data: ReportData): string {
  const total = data.actions.length;
  const reported = data.actionsReportedInYear;
  const late = data.summary.counts.forsenad;
  const missing = data.summary.counts.ingen_uppfoljning;
  const atgard = NOUNS.atgard;
  return [
    data.reportsInYear === 0
      ? `Under ${data.year} lämnades inga lägesrapporter.`
      : `Under ${data.year} lämnades ${count(data.reportsInYear, NOUNS.lagesrapport)} om ${numberInText(reported)} av planens ${count(total, atgard)} (${percent(reported, total)}).`,
    late > 0
      ? `${countAtStart(late, atgard)} är ${agree(PARTICIPLES.forsenad, late, atgard)}, det vill säga att datumet då ${pronounFor(late, atgard)} skulle vara `
        + `${agree(PARTICIPLES.klar, late, atgard)} har passerats utan att ${pronounFor(late, atgard)} har genomförts.`
      : '',
    missing > 0 ? `För ${count(missing, atgard)} har ingen lägesrapport lämnats.` : '',
  ].filter(Boolean).join(' ');
}

function summaryDefault(data: ReportData, assessments: Map<number, Assessment>): string {
  const overall = suggestAssessment(data.summary.counts);
  return [
    `Vår sammanfattande bedömning är att handlingsplanen ${VERDICT[overall.answer]}. ${overall.reason}`,
    ...perAreaSentences(data, assessments),
    reportingSentences(data),
  ].filter((l) => l.length > 0).join('\n\n');
}

/** "Ta fram en ny tidplan för åtgärd 1.3, som är försenad, …": each line agrees with how many åtgärder it names. */
function recommendationsDefault(data: ReportData, body: Body): string {
  const bodyId = body.id;
  const lead = (a: ReportData['actions'][number]) => a.responsible.some((r) => r.role === 'huvudansvarig' && r.bodyId === bodyId);
  const late = numbersOf(data, (a) => lead(a) && a.effectiveStatus === 'forsenad');
  const missing = numbersOf(data, (a) => lead(a) && a.effectiveStatus === 'ingen_uppfoljning');
  const nextYear = String(data.year + 1);
  const dueSoon = numbersOf(data, (a) => lead(a) && a.effectiveStatus === 'ej_paborjad' && (a.deadline ?? '').startsWith(nextYear));
  const atgard = NOUNS.atgard;
  // The kommunstyrelse is not asked to report to itself.
  const reportTo = /^kommunstyrelsen$/i.test(body.name) ? '' : ', och redovisa den för kommunstyrelsen';
  const lines: string[] = [];
  if (late.length > 0) lines.push(`Ta fram en ny tidplan för ${namedItems(atgard, late)}, som är ${agree(PARTICIPLES.forsenad, late.length, atgard)}${reportTo}.`);
  if (missing.length > 0) lines.push(`Lämna lägesrapport för ${namedItems(atgard, missing)}, där ingen uppföljning har rapporterats.`);
  if (dueSoon.length > 0) {
    lines.push(`Påbörja ${namedItems(atgard, dueSoon)}, som ska vara ${agree(PARTICIPLES.klar, dueSoon.length, atgard)} under ${nextYear} men ännu inte har påbörjats.`);
  }
  return lines.map((l) => `- ${l}`).join('\n');
}

function bodiesDefault(): string {
  return 'Uppföljningen omfattar samtliga nämnder, styrelser och bolag som enligt handlingsplanen ansvarar för en eller flera åtgärder. '
    + 'Den nämnd som anges först för en åtgärd är huvudansvarig; övriga är medansvariga.';
}

/** "beslutad av kommunfullmäktige den 28 mars 2022" */
export function decidedText(plan: ReportData['plan'], withDen = true): string {
  return [plan.decidedBy && `beslutad av ${nameInText(plan.decidedBy)}`, plan.decidedOn && `${withDen ? 'den ' : ''}${dateInText(plan.decidedOn)}`]
    .filter(Boolean).join(' ');
}

function backgroundDefault(data: ReportData): string {
  const { plan } = data;
  const decided = decidedText(plan);
  const period = periodText(plan);
  const first = `${plan.municipality || 'Kommunen'} har en ${nameInText(plan.name)}${decided ? `, ${decided}` : ''}`
    + `${plan.diaryNumber ? ` (dnr ${plan.diaryNumber})` : ''}.${period && !plan.name.includes(period) ? ` Planen gäller ${period}.` : ''}`;
  return [
    first,
    plan.overallGoal,
    sentenceWithList(`Planen har ${count(data.areas.length, NOUNS.utvecklingsomrade)}`, data.areas.map((a) => a.name)),
    `För varje område anger planen åtgärder med ansvarig nämnd och när åtgärden ska vara klar, sammanlagt ${count(data.actions.length, NOUNS.atgard)}.`,
  ].filter((p) => p.trim().length > 0).join('\n\n');
}

function purposeDefault(data: ReportData): string {
  return `Syftet med uppföljningen är att bedöma om åtgärderna i handlingsplanen har genomförts som avsett under ${data.year}, `
    + 'och att ge kommunstyrelsen och de ansvariga nämnderna underlag för att styra det fortsatta arbetet. '
    + 'För varje utvecklingsområde besvaras följande fråga:';
}

function methodDefault(data: ReportData): string {
  const rhythm = RHYTHM_LABEL[data.plan.followUpRhythm].toLowerCase();
  return `Uppföljningen bygger på de lägesrapporter som de ansvariga nämnderna och bolagen har lämnat ${rhythm}. `
    + `Under ${data.year} lämnades ${count(data.reportsInYear, NOUNS.lagesrapport)}. Varje åtgärds status avser läget den ${dateInText(data.asOf)} `
    + 'och är den status som senast rapporterades före det datumet. '
    + 'En åtgärd räknas som försenad när datumet då den skulle vara klar har passerats utan att den har genomförts eller avbrutits, '
    + 'och som utan uppföljning när ingen lägesrapport har lämnats.\n\n'
    + 'Bedömningen Ja, Delvis eller Nej för varje utvecklingsområde utgår från åtgärdernas status enligt den regel som redovisas nedan, '
    + 'och har därefter prövats mot innehållet i lägesrapporterna.';
}

function criteriaDefault(data: ReportData): string {
  const { plan } = data;
  const rules = [
    plan.revisionIntervalYears ? `Planen ska revideras ${revisionIntervalLabel(plan.revisionIntervalYears)}.` : '',
    `De ansvariga nämnderna ska rapportera status ${RHYTHM_LABEL[plan.followUpRhythm].toLowerCase()}.`,
  ].filter(Boolean).join(' ');
  return 'Med bedömningsgrunder avses de krav som åtgärderna bedöms mot. Den huvudsakliga bedömningsgrunden är handlingsplanen '
    + `själv, med de åtgärder, ansvariga och slutdatum som den anger. ${rules}`;
}

/** Every editable text of the yearly report with its default, and the suggested assessments. */
export function yearlyFields(data: ReportData, saved: Map<string, string>): ReportTextField[] {
  const field = fieldMaker(saved);
  const suggested = new Map(data.areas.map((a) => [a.id, suggestAssessment(areaCounts(data, a.id).counts)]));
  const assessments = new Map(data.areas.map((a) => {
    const own = saved.get(YEARLY_KEYS.areaAssessment(a.id));
    return [a.id, (own === 'ja' || own === 'delvis' || own === 'nej' ? own : suggested.get(a.id)!.answer) as Assessment];
  }));
  const leadBodies = data.bodies.filter((b) => data.actions.some((a) => a.responsible.some((r) => r.role === 'huvudansvarig' && r.bodyId === b.id)));
  return [
    field(YEARLY_KEYS.author, 'Titelsida', 'Upprättad av', authorLine(data.settings)),
    field(YEARLY_KEYS.diaryNumber, 'Titelsida', 'Diarienummer', ''),
    field(YEARLY_KEYS.summary, 'Sammanfattande bedömning', 'Sammanfattande bedömning', summaryDefault(data, assessments)),
    ...leadBodies.map((b) => field(YEARLY_KEYS.recommendations(b.id), 'Rekommendationer', `Rekommendationer till ${b.name} (en per rad)`, recommendationsDefault(data, b))),
    field(YEARLY_KEYS.background, 'Inledning', 'Bakgrund', backgroundDefault(data)),
    field(YEARLY_KEYS.purpose, 'Inledning', 'Syfte och uppföljningsfrågor', purposeDefault(data)),
    field(YEARLY_KEYS.bodies, 'Inledning', 'Ansvariga nämnder', bodiesDefault()),
    field(YEARLY_KEYS.method, 'Inledning', 'Metod', methodDefault(data)),
    field(YEARLY_KEYS.criteria, 'Inledning', 'Bedömningsgrunder', criteriaDefault(data)),
    ...data.areas.flatMap((a) => [
      field(YEARLY_KEYS.areaAssessment(a.id), a.name, 'Bedömning (Ja, Delvis eller Nej)', suggested.get(a.id)!.answer, 'assessment'),
      field(YEARLY_KEYS.areaMotivation(a.id), a.name, 'Motivering', suggested.get(a.id)!.reason),
    ]),
  ];
}
