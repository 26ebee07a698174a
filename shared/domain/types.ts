/**
 * Domain types as the API returns them (camelCase; database rows are converted in one place
 * per entity in the services).
 *
 * Glossary — identifiers are English, the UI is Swedish:
 *   plan = handlingsplan · area = utvecklingsområde · action = åtgärd · body = nämnd/styrelse/bolag
 *   responsibility = ansvar (huvudansvarig/medansvarig) · status report = uppföljning/lägesrapport
 *   assessment = bedömning (Ja/Delvis/Nej) · audit = granskning · audit question = revisionsfråga
 *   recommendation = rekommendation · response = svar (yttrande) · indicator = indikator
 *   source = källa/dokument · report text = rapporttext (the strateg's own words per year)
 *   change log = ändringslogg · as of = per datum
 */
import type { Assessment, EffectiveStatus, ReportedStatus, Score, StatusCounts } from './status';
import type { DeliveredFile } from './deliveredFile';
import type { FollowUpRhythm } from './period';
import type { IndicatorUnit } from './measureUnits';
import type { BodyKind, ResponsibilityRole, SourceKind } from './kinds';

import type { Versioned } from './rowVersion';
export type { Versioned } from './rowVersion';
export type { FollowUpRhythm } from './period';
export type { IndicatorUnit } from './measureUnits';
export type { BodyKind, Deletable, ResponsibilityRole, SourceKind } from './kinds';

export interface Plan extends Versioned {
  id: number;
  name: string;
  municipality: string;
  periodStart: number | null;
  periodEnd: number | null;
  decidedBy: string;
  decidedOn: string | null;
  diaryNumber: string;
  overallGoal: string;
  revisionIntervalYears: number | null;
  followUpRhythm: FollowUpRhythm;
  createdAt: string;
  updatedAt: string;
}

export interface Area extends Versioned {
  id: number;
  planId: number;
  position: number;
  name: string;
  description: string;
}

export interface Body extends Versioned {
  id: number;
  name: string;
  kind: BodyKind;
  active: boolean;
}

export interface Responsibility {
  bodyId: number;
  bodyName: string;
  role: ResponsibilityRole;
}

export interface Action extends Versioned {
  id: number;
  planId: number;
  areaId: number;
  position: number;
  number: string;
  title: string;
  description: string;
  proposedMeasures: string;
  startDate: string | null;
  deadline: string | null;
  indicatorText: string;
  /** Huvudansvarig first. */
  responsible: Responsibility[];
  createdAt: string;
  updatedAt: string;
}

/** An åtgärd with its status as of a date: what lists, dashboards and reports show. */
export interface ActionStatusRow extends Action {
  areaName: string;
  latestStatus: ReportedStatus | null;
  latestAssessment: Assessment | null;
  latestComment: string;
  latestReportedOn: string | null;
  /** The beslut behind the latest report when it is Avbruten (empty otherwise; see StatusReport). */
  latestStopDecision: string;
  latestStopDecidedBy: string;
  latestStopDecidedOn: string | null;
  effectiveStatus: EffectiveStatus;
  /** "Ej rapporterad under året" (shared/domain/reporting.ts): a mark beside the status, not a status. */
  notReportedInYear: boolean;
  /** How many mått the åtgärd has (uppföljningsbarhet: a mått makes it measurable). */
  measureCount: number;
}

export interface StatusReport {
  id: number;
  actionId: number;
  reportedOn: string;
  status: ReportedStatus;
  assessment: Assessment | null;
  comment: string;
  sourceId: number | null;
  sourceTitle: string | null;
  period: string;
  reportedBy: string;
  bodyId: number | null;
  bodyName: string | null;
  /**
   * The beslut behind an Avbruten report: what was decided, by which instans, on which date.
   * Empty on every other status; an Avbruten without them counts against its område in the report.
   */
  stopDecision: string;
  stopDecidedBy: string;
  stopDecidedOn: string | null;
  createdAt: string;
}

export interface Source extends Versioned {
  id: number;
  title: string;
  publisher: string;
  publishedOn: string | null;
  reference: string;
  url: string;
  kind: SourceKind;
}

export interface Audit extends Versioned {
  id: number;
  title: string;
  auditor: string;
  reportDate: string | null;
  diaryNumber: string;
  purpose: string;
  summaryAssessment: string;
  answerDue: string | null;
  auditedBodyIds: number[];
  createdAt: string;
  updatedAt: string;
}

export interface AuditQuestion extends Versioned {
  id: number;
  auditId: number;
  position: number;
  question: string;
  assessment: Assessment | null;
  motivation: string;
}

export interface RecommendationResponse extends Versioned {
  id: number;
  recommendationId: number;
  bodyId: number;
  bodyName: string;
  response: string;
  plannedMeasures: string;
  responsible: string;
  deadline: string | null;
  status: ReportedStatus;
}

export interface Recommendation extends Versioned {
  id: number;
  auditId: number;
  position: number;
  text: string;
  addressees: RecommendationResponse[];
  actionIds: number[];
}

export interface RecommendationFollowup {
  id: number;
  recommendationBodyId: number;
  reportedOn: string;
  status: ReportedStatus;
  comment: string;
  reportedBy: string;
  createdAt: string;
}

export interface AuditDetail extends Audit {
  questions: AuditQuestion[];
  recommendations: Recommendation[];
}

/** One year's answer: a score (Ja/Delvis/Nej = 2/1/0) for an indicator without a unit, else a number. */
export interface IndicatorValue {
  indicatorId: number;
  year: number;
  score: Score | null;
  value: number | null;
  comment: string;
}

export interface Indicator extends Versioned {
  id: number;
  code: string;
  qualityArea: string;
  indicatorArea: string;
  text: string;
  nationalShareYes: number | null;
  origin: string;
  /** Null: answered Ja/Delvis/Nej (every ÖJ indicator). Set: an own indicator answered with a number. */
  unit: IndicatorUnit | null;
  values: IndicatorValue[];
}

export interface ReportText extends Versioned {
  planId: number;
  year: number;
  key: string;
  text: string;
  updatedAt: string;
}

export type ChangeOperation = 'create' | 'update' | 'delete';

export interface ChangeEntry {
  id: number;
  at: string;
  user: string;
  entity: string;
  entityId: number;
  operation: ChangeOperation;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  planId: number | null;
  actionId: number | null;
  /** What the change is about, e.g. "2.3 Samverkan med Kriminalvården" (see changeLog.ts). */
  subject: string | null;
}

export interface StatusGroup {
  id: number;
  name: string;
  total: number;
  counts: StatusCounts;
  /** Åtgärder marked "Ej rapporterad under året"; they are also counted under their status. */
  notReportedInYear: number;
}

export interface StatusSummary {
  asOf: string;
  planId: number | null;
  total: number;
  counts: StatusCounts;
  /** Åtgärder marked "Ej rapporterad under året"; `counts` still adds up to `total` without them. */
  notReportedInYear: number;
  byArea: StatusGroup[];
  byBody: StatusGroup[];
}

/** What `cli summary` prints: the whole plan file as of a date. */
export interface FileSummary {
  asOf: string;
  plans: number;
  areas: number;
  actions: number;
  bodies: number;
  statusReports: number;
  byStatus: StatusCounts;
  /** Åtgärder marked "Ej rapporterad under året" (a mark beside the status: byStatus still adds up to actions). */
  notReportedInYear: number;
}

export interface AppInfo {
  appVersion: string;
  filePath: string;
  fileName: string;
  schemaVersion: number;
  /** True when the file was opened read-only, and while an alert below stops writing. */
  readOnly: boolean;
  today: string;
  /** What the check on open found (PRAGMA quick_check); see FileIntegrity. */
  integrity: FileIntegrity;
  /** What the user must know about the open file now; null when all is well. */
  alert: FileAlert | null;
}

/**
 * Why the open file cannot be written here any longer, or what went wrong in the background:
 * - lockLost: another computer took the file over (this one slept past the lock's three minutes);
 * - diskFull / unavailable: a write failed (a full disk, a lost network share), read-only until writing works again;
 * - unexpected: an error nobody caught; the file is still open and what was saved is kept.
 */
export interface FileAlert {
  kind: 'lockLost' | 'diskFull' | 'unavailable' | 'unexpected';
  message: string;
  /** Changes refused since writing stopped: "Spara kopia som…" puts them into a copy of the file. */
  unsavedChanges: number;
}

/** "Spara kopia som…" after writing stopped: a copy of the file with the refused changes applied to it. */
export interface UnsavedCopy {
  file: DeliveredFile;
  /** How many refused changes the copy holds, and why the others could not be made in it. */
  applied: number;
  failed: string[];
}

/**
 * The open file's integrity: 'checking' while a large file is checked in the background (it is
 * read-only until the check passes); 'damaged' (opened read-only, never written or backed up) and
 * 'unchecked' (the check could not run; read-only to be safe) carry the Swedish message to show.
 */
export type FileIntegrity =
  | { state: 'ok' }
  | { state: 'checking' }
  | { state: 'damaged'; message: string }
  | { state: 'unchecked'; message: string };

/** The newest change Ctrl+Z would reverse. */
export interface UndoState {
  label: string;
  at: string;
}

/** What a delete would take with it, for the confirmation dialog. */
export interface DeleteImpact {
  /** Swedish, e.g. "Utvecklingsområdet ”Information” tas bort med 7 åtgärder och 23 lägesrapporter." */
  message: string;
  counts: Record<string, number>;
  /** Set when the delete is refused (e.g. a nämnd that is still responsible for åtgärder). */
  blocked: boolean;
}

export interface BodyActivity {
  bodyId: number;
  lastReportedOn: string;
  reports: number;
}

/** One automatic backup of the open plan file. */
export interface BackupInfo {
  id: string;
  at: string;
  plans: number;
  actions: number;
  statusReports: number;
  /** Size of the copy on disk. */
  sizeBytes: number;
  /** When the copy's content was last changed (its newest change-log entry), ISO; null if never. */
  lastChange: string | null;
  /** False if the copy cannot be read as a plan file. */
  readable: boolean;
}
