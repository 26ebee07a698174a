/**
 * The report model: what the yearly uppföljningsrapport, a nämnd's report and the status of audit
 * recommendations say, as data. One model feeds the preview, the PDF (through renderHtml) and the
 * DOCX, so the three always agree. Built in electron/services/report/, frozen as JSON when a
 * year is closed — so it holds plain data only (no functions, no Dates).
 *
 * Glossary: chapter = kapitel (h1 / Heading 1), block = stycke, tabell, diagram…
 */
import type { Assessment, EffectiveStatus } from '../domain/status';
import type { Source } from '../domain/types';
import type { SuggestionKind } from '../domain/reportFinding';

export const REPORT_KINDS = ['arsrapport', 'namnd', 'rekommendationer'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const EXPORT_FORMATS = ['docx', 'pdf', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * A table cell: text, or a status shown with its Swedish label (and colour where the format has it),
 * with an optional mark beside it ("Ej rapporterad under året", "Avbruten utan beslut").
 */
export type TableCell = string | { status: EffectiveStatus; mark?: string };

export interface TableColumn {
  label: string;
  /** Relative width; the renderers turn the weights into shares of the text width. */
  weight: number;
  /** Short values that must not wrap: numbers, dates, statuses. */
  nowrap?: boolean;
}

/** One bar of a chart: a status and how many åtgärder have it. */
export interface ChartBar {
  status: EffectiveStatus;
  count: number;
}

export type ReportBlock =
  | { type: 'heading'; level: 2 | 3; text: string }
  | { type: 'paragraph'; text: string; emphasis?: 'lead' | 'note' }
  | { type: 'list'; items: string[] }
  | { type: 'table'; caption: string; columns: TableColumn[]; rows: TableCell[][] }
  /** A bar chart with its numbers also as a table (WCAG: a chart needs a text alternative). */
  | { type: 'chart'; title: string; description: string; bars: ChartBar[] }
  /** "Vår bedömning": Fråga | Svar, where Svar begins with Ja, Delvis or Nej. */
  | { type: 'assessment'; rows: { question: string; answer: Assessment; motivation: string }[] }
  /** The closing signature, as in seed 001: place and date, then name and title. */
  | { type: 'signature'; placeAndDate: string; name: string; title: string };

export interface ReportChapter {
  /** Stable anchor for links and the table of contents, e.g. "inledning", "omrade-3". */
  id: string;
  /** "1" for numbered chapters, null for Sammanfattande bedömning, Källförteckning and Bilaga. */
  number: string | null;
  title: string;
  blocks: ReportBlock[];
}

export interface ReportTitlePage {
  municipality: string;
  /** "Uppföljning av handlingsplanen år 2025" */
  title: string;
  /** The plan's name, or the nämnd's name for its report. */
  subtitle: string;
  /** ISO date the report describes (as of). */
  asOf: string;
  /** ISO date the report was made, or the year was closed. */
  date: string;
  author: string;
  diaryNumber: string;
}

export interface ReportModel {
  kind: ReportKind;
  planId: number;
  year: number;
  bodyId: number | null;
  /** Status as of this date: the year's last day, or today for the current year. */
  asOf: string;
  /** Set when the model comes from a closed year's snapshot. */
  closed: { closedAt: string; closedBy: string } | null;
  /** Document title (the PDF's and DOCX's title property). */
  documentTitle: string;
  titlePage: ReportTitlePage;
  chapters: ReportChapter[];
}

/** One of the strateg's texts: what the editor shows beside the preview. */
export interface ReportTextField {
  key: string;
  /** Where it belongs, e.g. "Inledning", "Insatser för utsatta". */
  group: string;
  label: string;
  /** Generated from the data; what "Återställ förslag" returns to. */
  defaultText: string;
  /** The strateg's saved text, or null when the default is used. */
  savedText: string | null;
  /** The saved text's row version, sent back with a change (0 while the default is used). */
  version: number;
  /** 'assessment' fields hold ja/delvis/nej. */
  kind: 'text' | 'assessment';
}

/** A question of Vår bedömning as the editor shows it: what the report prints, and what the rule suggests. */
export interface EditorQuestion {
  /** Null for the standard question while nothing is saved for it. */
  id: number | null;
  areaId: number;
  followsRule: boolean;
  question: string;
  answer: Assessment;
  motivation: string;
  /** The rule's answer and reason, for the standard question. */
  suggested: { answer: Assessment; reason: string } | null;
  /** The strateg's own wording, answer or motivering replaces the standard one (for "Återställ förslag"). */
  changed: boolean;
  /** The row's version, sent back with a change (0 while the standard question has no row). */
  version: number;
}

/** An iakttagelse as the editor shows it: the strateg's, or the app's suggestion not yet acted on. */
export interface EditorFinding {
  /** Null for a suggestion. */
  id: number | null;
  areaId: number | null;
  text: string;
  sourceIds: number[];
  suggestion: SuggestionKind | null;
  /** The row's version, sent back with a change (0 for a suggestion). */
  version: number;
}

export interface ReportEditor {
  fields: ReportTextField[];
  /** The yearly report's questions and iakttagelser for an open year (empty otherwise: a closed year shows them in the report). */
  questions: EditorQuestion[];
  findings: EditorFinding[];
  /** Documents and intervjuer the strateg added to the year's källförteckning. */
  reportSources: Source[];
  /** The plan's utvecklingsområden, in order, for grouping questions and iakttagelser. */
  areas: { id: number; name: string }[];
  /** The Ja/Delvis/Nej rule in plain Swedish (shared/report/assessmentRule.ts). */
  rule: string[];
  closed: ClosedYear | null;
  /** The years a report can be made for (the plan's period up to this year). */
  years: number[];
}

export interface ClosedYear {
  planId: number;
  year: number;
  closedAt: string;
  closedBy: string;
}
