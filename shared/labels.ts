import { ASSESSMENT_SCORE, ASSESSMENTS, type Assessment, type EffectiveStatus, type Score } from './domain/status';
import type { BodyKind } from './domain/types';
import type { FollowUpRhythm } from './domain/period';
import type { LogoType } from './domain/settings';

/** Every Swedish word the UI, the CLI and the reports show for a code lives here. */
export const STATUS_LABEL: Record<EffectiveStatus, string> = {
  ej_paborjad: 'Ej påbörjad',
  pagaende: 'Pågående',
  genomford: 'Genomförd',
  avbruten: 'Avbruten',
  forsenad: 'Försenad',
  ingen_uppfoljning: 'Ingen uppföljning',
};

export const ASSESSMENT_LABEL: Record<Assessment, string> = { ja: 'Ja', delvis: 'Delvis', nej: 'Nej' };
/** The same words for the scores 2/1/0. */
export const SCORE_LABEL = Object.fromEntries(ASSESSMENTS.map((a) => [ASSESSMENT_SCORE[a], ASSESSMENT_LABEL[a]])) as Record<Score, string>;

/** The logo's file types as Inställningar names them. */
export const LOGO_TYPE_LABEL: Record<LogoType, string> = { 'image/png': 'PNG', 'image/svg+xml': 'SVG' };

export const BODY_KIND_LABEL: Record<BodyKind, string> = { namnd: 'Nämnd', styrelse: 'Styrelse', bolag: 'Bolag' };

export const RHYTHM_LABEL: Record<FollowUpRhythm, string> = { år: 'En gång per år', halvår: 'Varje halvår', tertial: 'Varje tertial' };
/** The same rhythms as the parts a trend is drawn in (Översikt's "Utveckling per"). */
export const RHYTHM_PART_LABEL: Record<FollowUpRhythm, string> = { år: 'År', halvår: 'Halvår', tertial: 'Tertial' };

/** Field names as the forms show them, used in validation messages. */
export const FIELD_LABEL: Record<string, string> = {
  id: 'Id',
  name: 'Namn',
  municipality: 'Kommun',
  periodStart: 'Period från',
  periodEnd: 'Period till',
  decidedBy: 'Beslutad av',
  decidedOn: 'Beslutsdatum',
  diaryNumber: 'Diarienummer',
  overallGoal: 'Övergripande mål',
  revisionIntervalYears: 'Revideras vart',
  followUpRhythm: 'Uppföljning',
  planId: 'Plan',
  areaId: 'Utvecklingsområde',
  position: 'Ordning',
  description: 'Beskrivning',
  number: 'Nummer',
  title: 'Titel',
  proposedMeasures: 'Förslag på insatser',
  startDate: 'Start',
  deadline: 'Klart senast',
  indicatorText: 'Indikator/mål',
  responsible: 'Ansvariga',
  bodyId: 'Nämnd',
  kind: 'Typ',
  active: 'Aktiv',
  actionId: 'Åtgärd',
  reportedOn: 'Datum',
  status: 'Status',
  assessment: 'Bedömning',
  comment: 'Kommentar',
  sourceId: 'Källa',
  period: 'Period',
  reportedBy: 'Rapporterad av',
  login: 'Inloggningsnamn',
  password: 'Lösenord',
  /** The row version a form sends back with its update (shared/domain/rowVersion.ts). */
  version: 'Versionen du utgick från',
  publisher: 'Utgivare',
  publishedOn: 'Datum',
  reference: 'Referens',
  url: 'Webbadress',
  auditor: 'Granskare',
  reportDate: 'Rapportdatum',
  purpose: 'Syfte',
  summaryAssessment: 'Sammanfattande bedömning',
  answerDue: 'Svar senast',
  auditedBodyIds: 'Granskade nämnder',
  bodyIds: 'Riktas till',
  withinDays: 'Antal dagar',
  auditId: 'Granskning',
  question: 'Revisionsfråga',
  motivation: 'Motivering',
  text: 'Text',
  recommendationId: 'Rekommendation',
  response: 'Svar',
  plannedMeasures: 'Planerade åtgärder',
  code: 'Kod',
  qualityArea: 'Kvalitetsområde',
  indicatorArea: 'Indikatorområde',
  nationalShareYes: 'Andel ja i riket',
  indicatorId: 'Indikator',
  year: 'År',
  score: 'Värde',
  key: 'Avsnitt',
  asOf: 'Per datum',
  since: 'Sedan',
  patch: 'Ändringar',
  meetingDate: 'Mötesdatum',
  meetingName: 'Möte',
  protocolRef: 'Protokollreferens',
  note: 'Anteckning',
  html: 'Utskrift',
  landscape: 'Liggande',
  rhythm: 'Indelning',
  to: 'Till och med',
  role: 'Roll',
  limit: 'Antal ändringar',
  entity: 'Post',
  format: 'Filformat',
  file: 'Fil',
  base64: 'Fil',
  targetPlanId: 'Åtgärderna läggs i',
  target: 'Åtgärderna läggs i',
  statusDate: 'Datum för lägesrapporterna',
  bodyChoices: 'Nämnder',
  replyBy: 'Svara senast',
  includeClosed: 'Ta med genomförda och avbrutna åtgärder',
  stopDecision: 'Beslut',
  stopDecidedBy: 'Instans',
  stopDecidedOn: 'Beslutsdatum',
  revisedOn: 'Datum för revideringen',
  changes: 'Vad ändrades',
  sourceIds: 'Källor',
  suggestion: 'Förslag till iakttagelse',
  unit: 'Enhet',
  direction: 'Riktning',
  baselineValue: 'Utgångsvärde',
  baselineYear: 'År för utgångsvärdet',
  targetValue: 'Målvärde',
  targetDate: 'Målvärdet ska vara nått',
  source: 'Källa',
  definition: 'Definition',
  measureId: 'Mått',
  measuredOn: 'Datum',
  value: 'Utfall',
  measureValues: 'Utfall',
  measureChoices: 'Mått i filen',
  skip: 'Ta inte med',
  authorName: 'Namn',
  authorTitle: 'Titel',
  administration: 'Förvaltning',
  logo: 'Logotyp',
  type: 'Filtyp',
  officerName: 'Handläggare',
  officerTitle: 'Handläggarens titel',
  officerPhone: 'Telefon',
  summary: 'Sammanfattning',
  preparation: 'Ärendets beredning',
  stance: 'Nämndens ställningstagande',
  otherRecommendations: 'Rekommendationer till andra nämnder',
  paragraph: 'Paragraf',
  chairName: 'Ordförande',
  directorName: 'Förvaltningschef',
  directorTitle: 'Förvaltningschefens titel',
  form: 'Form',
};

/** Where a key means something else inside another field: the path (without list positions) wins over the last key. */
const PATH_LABEL: Record<string, string> = {
  'file.name': 'Filnamn',
  'measureChoices.row': 'Rad',
  'logo.name': 'Filnamn',
  'target.name': 'Den nya planens namn',
  'target.kind': 'Åtgärderna läggs i',
  'bodyChoices.name': 'Nämnd',
  'responsible.role': 'Ansvar',
};

export function fieldLabel(field: string): string {
  const parts = field.split('.').filter((p) => !/^\d+$/.test(p) && p !== 'patch');
  const last = parts[parts.length - 1] ?? field;
  return PATH_LABEL[parts.slice(-2).join('.')] ?? FIELD_LABEL[last] ?? last;
}

/** "varje år", "vartannat år", "vart 3:e år". */
export function revisionIntervalLabel(years: number): string {
  if (years === 1) return 'varje år';
  if (years === 2) return 'vartannat år';
  return `vart ${years}:e år`;
}
