/**
 * What import, export and underlag calls return. Glossary: underlag = the spreadsheet a nämnd gets
 * to fill in; svar = the filled-in spreadsheet coming back; mall = the template for a plan import.
 */
import type { ReportedStatus } from './status';
import type { MeasureDirection, MeasureUnit } from './measureUnits';

/** The largest file an import takes: 5 MB of file is about 6.7 MB of base64, under the HTTP bridge's 8 MB. */
export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024;

/** The files a status list is exported as. */
export const STATUS_LIST_FORMATS = ['xlsx', 'csv'] as const;
export type StatusListFormat = (typeof STATUS_LIST_FORMATS)[number];

/** Several files handed to the user at once (one underlag per nämnd). */
export type DeliveredFiles =
  | { kind: 'saved'; folder: string; paths: string[] }
  | { kind: 'download'; files: { fileName: string; mimeType: string; base64: string }[] }
  | { kind: 'cancelled' };

/** The fields a plan spreadsheet's columns can hold. */
export type PlanImportField =
  | 'number' | 'area' | 'title' | 'description' | 'proposedMeasures' | 'responsible'
  | 'startDate' | 'deadline' | 'status' | 'comment' | 'indicatorText'
  /** A mått's name, utgångsvärde, målvärde and utfall ("Nuläge 2022", "Mål 2025", "Utfall 2024": the year is in the header). */
  | 'measureName' | 'measureBaseline' | 'measureTarget' | 'measureValue';

export interface ImportColumn {
  /** The header as the spreadsheet shows it. */
  header: string;
  /** Column letter (A, B, …). */
  column: string;
  /** What it is read as; null when the column is not read. */
  field: PlanImportField | null;
}

export interface PlanImportAction {
  /** The row number as the spreadsheet shows it. */
  row: number;
  areaName: string;
  number: string;
  title: string;
  startDate: string | null;
  deadline: string | null;
  /** Nämnder as written in the file, huvudansvarig first. */
  responsible: string[];
  status: ReportedStatus | null;
  comment: string;
}

/** How a nämnd named in the file relates to the nämnder already in the plan file. */
export type BodyMatch =
  | { kind: 'existing'; bodyId: number; bodyName: string }
  | { kind: 'near'; candidates: { bodyId: number; name: string }[] }
  | { kind: 'new' };

export interface PlanImportBody {
  /** As written in the file (first spelling met). */
  name: string;
  actions: number;
  match: BodyMatch;
}

export interface PlanImportPreview {
  fileName: string;
  sheetName: string | null;
  headerRow: number;
  columns: ImportColumn[];
  /** A name for a new plan: the title above the header, else the file name. */
  suggestedPlanName: string;
  areas: { name: string; isNew: boolean; actions: number }[];
  actions: PlanImportAction[];
  bodies: PlanImportBody[];
  statusReports: number;
  /** One per row with mått columns filled in, as read: the strateg may correct the unit or leave the mått out. */
  measures: PlanImportMeasure[];
  warnings: string[];
}

/** A row's mått as read from its mått columns, Swedish numbers and all. */
export interface PlanImportMeasure {
  row: number;
  actionNumber: string;
  actionTitle: string;
  name: string;
  /** The unit it is read as: the one its cells state ("64 %"), else a guess from its name. */
  unit: MeasureUnit;
  /** Every unit the row's cells state; more than one is a mixed reading the strateg must settle. */
  unitsRead: MeasureUnit[];
  direction: MeasureDirection;
  baseline: { value: number; year: number } | null;
  target: { value: number; date: string } | null;
  values: { period: string; value: number; header: string }[];
  /** Cells that are not numbers (or lack a year), as "Utfall 2024: ej mätt": kept as the mått's comment. */
  comment: string;
  /** What to look at on this row, in Swedish. */
  notes: string[];
}

export interface PlanImportResult {
  planId: number;
  planName: string;
  areasCreated: number;
  actionsCreated: number;
  bodiesCreated: number;
  statusReportsCreated: number;
  measuresCreated: number;
}

/** What happens to one row of a returned underlag. */
export type SvarOutcome = 'create' | 'already' | 'unanswered' | 'unknown' | 'altered';

export interface SvarRow {
  row: number;
  actionId: number | null;
  number: string;
  title: string;
  outcome: SvarOutcome;
  currentStatus: ReportedStatus | null;
  newStatus: ReportedStatus | null;
  comment: string;
  source: string;
  /** The utfall filled in on the row, read as numbers. */
  values: { measureId: number; name: string; value: number; shown: string }[];
  /** Why a row is not read, in Swedish; empty otherwise. */
  note: string;
}

export interface SvarPreview {
  fileName: string;
  planId: number;
  planName: string;
  bodyId: number;
  bodyName: string;
  /** The period the underlag was sent out for (e.g. "2026-T3"). */
  filePeriod: string;
  period: string;
  reportedOn: string;
  /** "Ifyllt av" in the file, else the nämnd's name. */
  reportedBy: string;
  rows: SvarRow[];
  counts: Record<SvarOutcome, number>;
  warnings: string[];
}

export interface SvarImportResult {
  created: number;
  alreadyImported: number;
  notRead: number;
}

export interface RestoreResult {
  planId: number;
  planName: string;
  areas: number;
  actions: number;
  statusReports: number;
  meetingNotes: number;
  /** Mått (with their utfall). */
  measures: number;
  /** Closed report years (their frozen reports). */
  closedYears: number;
  bodiesCreated: number;
  sourcesCreated: number;
}
