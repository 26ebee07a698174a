import type { EditorQuestion, ReportTextField } from '@shared/report/model';
import { authorLine } from '@shared/domain/settings';
import { ASSESSMENTS, type Assessment, type StatusCounts } from '@shared/domain/status';
import { ASSESSMENT_LABEL, RHYTHM_LABEL, revisionIntervalLabel } from '@shared/labels';
import { NOT_REPORTED_LABEL } from '@shared/domain/reporting';
import {
  agree, bodyInText, capitalise, count, countAtStart, dateInText, joinList, nameInText, NOUNS, numberInText, PARTICIPLES, percentText as percent,
  pronounFor, sentenceWithList,
} from '@shared/text';
import { areaAnswer, overallSuggestion } from './areaJudgement';
import { recommendationBodies, recommendationsDefault } from './yearlyRecommendations';
import { countStatuses, fieldMaker, type SavedTexts } from './reportParts';
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
  scope: 'inledning.avgransning',
  criteria: 'inledning.kriterier',
  criteriaList: 'inledning.kriterier.lista',
  recommendations: (bodyId: number) => `rekommendation.${bodyId}`,
};

export function areaCounts(data: ReportData, areaId: number): { counts: StatusCounts; total: number } {
  const rows = data.actions.filter((a) => a.areaId === areaId);
  return { counts: countStatuses(rows), total: rows.length };
}

/** "i allt väsentligt", "delvis", "inte": how the plan is carried out, without repeating "plan". */
const VERDICT: Record<Assessment, string> = {
  ja: 'i allt väsentligt genomförs som avsett',
  delvis: 'delvis genomförs som avsett',
  nej: 'inte genomförs som avsett',
};

/** One sentence per answer; a list of names that themselves contain "och" becomes bullets. */
function perAreaSentences(data: ReportData, assessments: Map<number, Assessment>): string[] {
  return ASSESSMENTS.flatMap((answer) => {
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
  const unreported = data.actions.filter((a) => a.notReportedInYear && a.effectiveStatus !== 'forsenad' && a.effectiveStatus !== 'ingen_uppfoljning').length;
  const silent = data.inputs.silentBodies;
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
    unreported > 0
      ? `Ytterligare ${count(unreported, atgard)} som inte är ${agree(PARTICIPLES.avslutad, unreported, atgard)} saknar lägesrapport under ${data.year}.`
      : '',
    silent.length > 0
      ? `${capitalise(joinList(silent.map(bodyInText)))} har inte lämnat någon lägesrapport under ${data.year}.`
      : '',
  ].filter(Boolean).join(' ');
}

function revisionSentence(data: ReportData): string {
  const { revision } = data.inputs;
  if (!revision.overdue || revision.nextDue === null) return '';
  return `Vi noterar att handlingsplanen inte har reviderats i tid: en revidering skulle ha beslutats senast den ${dateInText(revision.nextDue)}.`;
}

function summaryDefault(data: ReportData, assessments: Map<number, Assessment>): string {
  const overall = overallSuggestion(data);
  return [
    `Vår sammanfattande bedömning är att handlingsplanen ${VERDICT[overall.answer]}. ${overall.reason}`,
    ...perAreaSentences(data, assessments),
    reportingSentences(data),
    revisionSentence(data),
  ].filter((l) => l.length > 0).join('\n\n');
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
  return `Syftet med uppföljningen är att bedöma om åtgärderna i handlingsplanen har genomförts som avsett under ${data.year} och vad de har uppnått, `
    + 'och att ge kommunstyrelsen och de ansvariga nämnderna underlag för att styra det fortsatta arbetet. '
    + 'För utvecklingsområdena besvaras följande frågor:';
}

function scopeDefault(data: ReportData): string {
  return `Uppföljningen bygger på nämndernas och bolagens egna lägesrapporter om åtgärderna och på de mått och utfall som har rapporterats för ${data.year}, `
    + `med status den ${dateInText(data.asOf)}. Vi har också tagit del av de dokument och intervjuer som anges i källförteckningen, `
    + 'kommunens svar på revisionens granskningar och kommunens självskattning av indikatorerna för brottsofferarbetet.\n\n'
    + 'Vi har inte prövat de uppgifter som nämnderna har lämnat mot underlag i verksamheten, och uppföljningen omfattar inte '
    + 'handläggningen av enskilda ärenden eller kvaliteten i de insatser som ges. Uppgifter som har rapporterats efter '
    + `den ${dateInText(data.asOf)} ingår inte.`;
}

function methodDefault(data: ReportData): string {
  const rhythm = RHYTHM_LABEL[data.plan.followUpRhythm].toLowerCase();
  return `Uppföljningen bygger på de lägesrapporter som de ansvariga nämnderna och bolagen har lämnat ${rhythm}, och på de utfall som har rapporterats för planens mått. `
    + `Under ${data.year} lämnades ${count(data.reportsInYear, NOUNS.lagesrapport)}. Varje åtgärds status avser läget den ${dateInText(data.asOf)} `
    + 'och är den status som senast rapporterades före det datumet. '
    + 'En åtgärd räknas som försenad när datumet då den skulle vara klar har passerats utan att den har genomförts eller avbrutits, '
    + 'och som utan uppföljning när ingen lägesrapport har lämnats. '
    + `En åtgärd som varken är genomförd eller avbruten och som saknar lägesrapport under ${data.year} markeras med ”${NOT_REPORTED_LABEL}”.\n\n`
    + 'Bedömningen Ja, Delvis eller Nej för varje utvecklingsområde utgår från åtgärdernas status och rapportering och från områdets mått '
    + 'enligt den regel som redovisas nedan, och har därefter prövats mot innehållet i lägesrapporterna och mot våra iakttagelser.';
}

function criteriaDefault(data: ReportData): string {
  const { plan } = data;
  const rules = [
    plan.revisionIntervalYears ? `Planen ska revideras ${revisionIntervalLabel(plan.revisionIntervalYears)}.` : '',
    `De ansvariga nämnderna ska rapportera status ${RHYTHM_LABEL[plan.followUpRhythm].toLowerCase()}.`,
  ].filter(Boolean).join(' ');
  return 'Med bedömningsgrunder avses de krav som åtgärderna bedöms mot. Den huvudsakliga bedömningsgrunden är handlingsplanen '
    + `själv, med de åtgärder, ansvariga och slutdatum som den anger. ${rules} I denna uppföljning utgörs bedömningsgrunderna av:`;
}

/** The plan and its revisions, one per line; the strateg adds laws, föreskrifter and KF:s budget. */
function criteriaListDefault(data: ReportData): string {
  const { plan } = data;
  const planLine = [plan.name, decidedText(plan, false), plan.diaryNumber && `dnr ${plan.diaryNumber}`].filter(Boolean).join(', ');
  const revisions = data.inputs.revisions.filter((r) => r.revisedOn <= data.asOf).map((r) => ['Revidering av handlingsplanen',
    r.decidedBy && `beslutad av ${nameInText(r.decidedBy)}`, dateInText(r.revisedOn), r.diaryNumber && `dnr ${r.diaryNumber}`].filter(Boolean).join(', '));
  return [planLine, ...revisions].map((l) => `- ${l}`).join('\n');
}

/**
 * Every editable text of the yearly report with its default. Vår bedömning's questions and the
 * iakttagelser are edited on their own (reportQuestions.ts, reportFindings.ts); their answers feed
 * the summary's defaults here.
 */
export function yearlyFields(data: ReportData, saved: SavedTexts, questions: readonly EditorQuestion[]): ReportTextField[] {
  const field = fieldMaker(saved);
  const assessments = new Map(data.areas.map((a) => [a.id, areaAnswer(questions, a.id)]));
  return [
    field(YEARLY_KEYS.author, 'Titelsida', 'Upprättad av', authorLine(data.settings)),
    field(YEARLY_KEYS.diaryNumber, 'Titelsida', 'Diarienummer', ''),
    field(YEARLY_KEYS.summary, 'Sammanfattande bedömning', 'Sammanfattande bedömning', summaryDefault(data, assessments)),
    ...recommendationBodies(data).map((b) => field(YEARLY_KEYS.recommendations(b.id), 'Rekommendationer', `Rekommendationer till ${b.name} (en per rad)`,
      recommendationsDefault(data, b))),
    field(YEARLY_KEYS.background, 'Inledning', 'Bakgrund', backgroundDefault(data)),
    field(YEARLY_KEYS.purpose, 'Inledning', 'Syfte och uppföljningsfrågor', purposeDefault(data)),
    field(YEARLY_KEYS.scope, 'Inledning', 'Avgränsning', scopeDefault(data)),
    field(YEARLY_KEYS.bodies, 'Inledning', 'Ansvariga nämnder', bodiesDefault()),
    field(YEARLY_KEYS.method, 'Inledning', 'Metod', methodDefault(data)),
    field(YEARLY_KEYS.criteria, 'Inledning', 'Bedömningsgrunder', criteriaDefault(data)),
    field(YEARLY_KEYS.criteriaList, 'Inledning', 'Bedömningsgrunder, en per rad (t.ex. SoL 5 kap. 11 §, SOSFS 2014:4, KF:s budget)', criteriaListDefault(data)),
  ];
}
