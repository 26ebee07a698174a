import type { z } from 'zod';
import type { Result } from '../errors';
import type {
  Action, ActionStatusRow, AppInfo, Area, Audit, AuditDetail, AuditQuestion, Body, ChangeEntry, Indicator,
  IndicatorValue, Plan, Recommendation, RecommendationFollowup, RecommendationResponse, ReportText, Source,
  StatusReport, StatusSummary, UndoState, DeleteImpact, BodyActivity, UnsavedCopy,
} from '../domain/types';
import * as s from './schemas';
import * as tr from './transferSchemas';
import type * as transfer from '../domain/transfer';
import type { DeliveredFile as TransferFile } from '../domain/deliveredFile';
import * as r from './reportSchemas';
import type { ClosedYear, ReportEditor, ReportModel } from '../report/model';
import type { DeliveredFile } from '../domain/deliveredFile';
import type { CatalogueAdded, CatalogueInfo } from '../domain/indicatorCatalogue';
import type { IndicatorSummary } from '../domain/indicatorSummary';
import type { RecommendationsDue } from '../domain/recommendationsDue';
import * as au from './auditSchemas';
import type { ActionStatuses, HandoutResult, MeetingNote, StatusTrend } from '../domain/dashboard';
import * as d from './dashboardSchemas';
import * as bk from './backupSchemas';
import type { BackupList, RestoredBackup } from '../domain/backup';
import type { BackupStatus } from '../domain/backupStatus';
import * as rv from './revisionSchemas';
import type { PlanRevision, RevisionStatus } from '../domain/planRevision';
import type { ReportQuestion } from '../domain/reportQuestion';
import type { ReportFinding, ReportFindings } from '../domain/reportFinding';
import * as m from './measureSchemas';
import type { Measure, MeasureOverview, MeasureValue, MeasureWithValues } from '../domain/measure';
import * as st from './settingsSchemas';
import type { DocumentSettings } from '../domain/settings';
import type { AuditResponseDraft, ResponseCheck } from '../domain/auditResponse';

/**
 * THE API contract: every call the renderer can make, its input schema and its output type.
 * The IPC handlers, the preload bridge, the HTTP bridge and the renderer's client are all
 * derived from this object; adding a call means adding one line here and one handler.
 * `write` calls change the plan file (they are refused when it is opened read-only).
 */
export interface CallSpec<I extends z.ZodType, O, W extends boolean = boolean> {
  input: I;
  write: W;
  /** Phantom: carries the output type, never set at runtime. */
  output?: O;
}

const read = <O>() => <I extends z.ZodType>(input: I): CallSpec<I, O, false> => ({ input, write: false });
const write = <O>() => <I extends z.ZodType>(input: I): CallSpec<I, O, true> => ({ input, write: true });

export const contract = {
  getAppInfo: read<AppInfo>()(s.empty),

  listPlans: read<Plan[]>()(s.empty),
  getPlan: read<Plan>()(s.byId),
  createPlan: write<Plan>()(s.planInput),
  updatePlan: write<Plan>()(s.planUpdate),
  deletePlan: write<null>()(s.byId),

  listAreas: read<Area[]>()(s.byPlan),
  createArea: write<Area>()(s.areaInput),
  updateArea: write<Area>()(s.areaUpdate),
  deleteArea: write<null>()(s.byId),

  listBodies: read<Body[]>()(s.empty),
  createBody: write<Body>()(s.bodyInput),
  updateBody: write<Body>()(s.bodyUpdate),
  deleteBody: write<null>()(s.byId),

  listActions: read<ActionStatusRow[]>()(s.actionList),
  getAction: read<Action>()(s.byId),
  createAction: write<Action>()(s.actionInput),
  updateAction: write<Action>()(s.actionUpdate),
  deleteAction: write<null>()(s.byId),

  listStatusReports: read<StatusReport[]>()(s.byActionId),
  createStatusReport: write<StatusReport>()(s.statusReportInput),
  deleteStatusReport: write<null>()(s.byId),

  listSources: read<Source[]>()(s.empty),
  createSource: write<Source>()(s.sourceInput),
  updateSource: write<Source>()(s.sourceUpdate),
  deleteSource: write<null>()(s.byId),

  listAudits: read<Audit[]>()(s.empty),
  getAudit: read<AuditDetail>()(s.byId),
  createAudit: write<Audit>()(s.auditInput),
  updateAudit: write<Audit>()(s.auditUpdate),
  deleteAudit: write<null>()(s.byId),
  createAuditQuestion: write<AuditQuestion>()(s.auditQuestionInput),
  updateAuditQuestion: write<AuditQuestion>()(s.auditQuestionUpdate),
  deleteAuditQuestion: write<null>()(s.byId),
  createRecommendation: write<Recommendation>()(s.recommendationInput),
  updateRecommendation: write<Recommendation>()(s.recommendationUpdate),
  deleteRecommendation: write<null>()(s.byId),
  updateRecommendationResponse: write<RecommendationResponse>()(s.recommendationResponseUpdate),
  listRecommendationFollowups: read<RecommendationFollowup[]>()(s.recommendationFollowupInput.pick({ recommendationId: true, bodyId: true })),
  createRecommendationFollowup: write<RecommendationFollowup>()(s.recommendationFollowupInput),
  linkRecommendationAction: write<null>()(s.recommendationActionLink),
  unlinkRecommendationAction: write<null>()(s.recommendationActionLink),

  listIndicators: read<Indicator[]>()(s.empty),
  createIndicator: write<Indicator>()(s.indicatorInput),
  updateIndicator: write<Indicator>()(s.indicatorUpdate),
  deleteIndicator: write<null>()(s.byId),
  setIndicatorValue: write<IndicatorValue>()(s.indicatorValueInput),
  deleteIndicatorValue: write<null>()(s.indicatorValueKey),

  listReportTexts: read<ReportText[]>()(s.reportTextKey),
  saveReportText: write<ReportText>()(s.reportTextInput),

  getStatusSummary: read<StatusSummary>()(s.summaryInput),
  listChanges: read<ChangeEntry[]>()(s.changesInput),
  listBodyActivity: read<BodyActivity[]>()(s.byPlan),

  getDeleteImpact: read<DeleteImpact>()(s.deleteImpactInput),
  getUndoState: read<UndoState | null>()(s.empty),
  undoLastChange: write<UndoState>()(s.empty),

  // — settings: who writes the kommun's documents (Inställningar) —
  getSettings: read<DocumentSettings>()(s.empty),
  updateSettings: write<DocumentSettings>()(st.settingsUpdate),

  // — reports (yearly uppföljningsrapport, per nämnd, recommendations) —
  getReportModel: read<ReportModel>()(r.reportRequest),
  getReportDefaults: read<ReportEditor>()(r.reportRequest),
  resetReportText: write<null>()(r.reportTextReset),
  exportReport: read<DeliveredFile>()(r.reportExport),
  listClosedYears: read<ClosedYear[]>()(r.closedYearsInput),
  closeReportYear: write<ClosedYear>()(r.reportYearKey),
  reopenReportYear: write<null>()(r.reportYearKey),
  /** Vår bedömning's questions per område for the year; the standard question where none is saved. */
  listReportQuestions: read<ReportQuestion[]>()(r.reportQuestionsInput),
  createReportQuestion: write<ReportQuestion>()(r.reportQuestionInput),
  updateReportQuestion: write<ReportQuestion>()(r.reportQuestionUpdate),
  deleteReportQuestion: write<null>()(r.reportQuestionKey),
  /** The year's iakttagelser and the suggestions not yet rewritten or removed. */
  listReportFindings: read<ReportFindings>()(r.reportYearKey),
  createReportFinding: write<ReportFinding>()(r.reportFindingInput),
  updateReportFinding: write<ReportFinding>()(r.reportFindingUpdate),
  deleteReportFinding: write<null>()(s.byId),
  dismissFindingSuggestion: write<null>()(r.findingSuggestionKey),
  /** Documents and intervjuer the strateg adds to the year's källförteckning. */
  listReportSources: read<Source[]>()(r.reportYearKey),
  addReportSource: write<Source>()(r.reportSourceLink),
  createReportSource: write<Source>()(r.reportSourceInput),
  removeReportSource: write<null>()(r.reportSourceLink),

  // — the plan's revisions —
  listRevisions: read<PlanRevision[]>()(rv.revisionList),
  createRevision: write<PlanRevision>()(rv.revisionInput),
  updateRevision: write<PlanRevision>()(rv.revisionUpdate),
  deleteRevision: write<null>()(s.byId),
  getRevisionStatus: read<RevisionStatus>()(rv.revisionStatusInput),

  // — dashboards, presentation mode and meeting notes —
  getStatusTrend: read<StatusTrend>()(d.statusTrendInput),
  listStatusesAsOf: read<ActionStatuses>()(d.statusesInput),
  listMeetingNotes: read<MeetingNote[]>()(d.meetingNoteList),
  createMeetingNote: write<MeetingNote>()(d.meetingNoteInput),
  deleteMeetingNote: write<null>()(s.byId),
  /** Prints the dashboard or the slides to PDF; changes nothing in the plan file. */
  exportHandout: read<HandoutResult>()(d.handoutInput),

  // — audits and indicators —
  /** Creates an åtgärd from a recommendation (the nämnd as huvudansvarig) and links them, in one transaction. */
  createActionFromRecommendation: write<{ action: Action; recommendation: Recommendation }>()(au.actionFromRecommendationInput),
  listRecommendationsDue: read<RecommendationsDue>()(au.recommendationsDueInput),
  /** The svar's own texts for a granskning and a nämnd (contact, sammanfattning, stance, signatures …). */
  getAuditResponse: read<AuditResponseDraft>()(au.auditResponseKey),
  saveAuditResponse: write<AuditResponseDraft>()(au.auditResponseSave),
  /** What the export would leave empty ("Sammanfattning saknas"), so the user can be asked first. */
  checkAuditResponse: read<ResponseCheck>()(au.auditResponseExportInput),
  /** Svar på revisionsrapport (DOCX) for one nämnd, as a tjänsteutlåtande or the nämnd's yttrande; changes nothing in the plan file. */
  exportAuditResponse: read<DeliveredFile>()(au.auditResponseExportInput),
  getIndicatorCatalogueInfo: read<CatalogueInfo>()(s.empty),
  addIndicatorCatalogue: write<CatalogueAdded>()(s.empty),
  getIndicatorSummary: read<IndicatorSummary>()(au.indicatorSummaryInput),

  // — import, export and underlag —
  previewPlanImport: read<transfer.PlanImportPreview>()(tr.planImportPreviewInput),
  /** Re-reads the file and writes everything in one transaction (one undo step). */
  commitPlanImport: write<transfer.PlanImportResult>()(tr.planImportCommitInput),
  savePlanImportTemplate: read<TransferFile>()(s.empty),
  /** One XLSX per nämnd; changes nothing in the plan file. */
  exportUnderlag: read<transfer.DeliveredFiles>()(tr.underlagExportInput),
  previewSvarImport: read<transfer.SvarPreview>()(tr.svarPreviewInput),
  commitSvarImport: write<transfer.SvarImportResult>()(tr.svarCommitInput),
  exportStatusList: read<TransferFile>()(tr.statusListExportInput),
  exportPlanJson: read<TransferFile>()(tr.planJsonExportInput),
  restorePlanJson: write<transfer.RestoreResult>()(tr.planRestoreInput),

  // — mått and utfall (electron/services/measure/) —
  listMeasures: read<MeasureWithValues[]>()(m.measureList),
  createMeasure: write<Measure>()(m.measureInput),
  updateMeasure: write<Measure>()(m.measureUpdate),
  /** Takes the mått's utfall with it (getDeleteImpact says how many first); Ctrl+Z brings them back. */
  deleteMeasure: write<null>()(s.byId),
  /** One utfall per mått and period: recording a period again replaces its value. */
  setMeasureValue: write<MeasureValue>()(m.measureValueInput),
  deleteMeasureValue: write<null>()(s.byId),
  /** Every mått judged for the year of the date: Översikt's Mått panel and the slides. */
  getMeasureOverview: read<MeasureOverview>()(m.measureOverviewInput),

  // — backups: automatic rotating copies of the open file (electron/services/backup/) —
  /** The open file's backups, newest first, with what each holds. */
  listBackups: read<BackupList>()(s.empty),
  /** For the status line: the newest backup and whether the last attempt failed; null where no backups are kept (CLI, tests). */
  getBackupStatus: read<BackupStatus | null>()(s.empty),
  /** Restores into a NEW file and switches to it; the open file is never written, so also allowed read-only. */
  restoreBackup: read<RestoredBackup>()(bk.restoreBackupInput),

  // — when writing stopped (a lost lock, a full disk): see AppInfo.alert —
  /** A copy of the file with the refused changes made in it, handed over like an export; the open file is never written. */
  saveUnsavedCopy: read<UnsavedCopy>()(s.empty),
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
/** The calls that only read (their answers are cached in the renderer, shared/api/readTables.ts). */
export type ReadCallName = { [K in CallName]: Contract[K]['write'] extends false ? K : never }[CallName];
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = Contract[K] extends CallSpec<z.ZodType, infer O> ? O : never;

/** What the renderer uses: resolves with the value, rejects with an ApiError. */
export type Api = { [K in CallName]: (input: CallInput<K>) => Promise<CallOutput<K>> };
/** What crosses the process boundary (preload and HTTP): errors travel as data. */
export type RawApi = { [K in CallName]: (input: CallInput<K>) => Promise<Result<CallOutput<K>>> };

export const CALL_NAMES = Object.keys(contract) as CallName[];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export const IPC_PREFIX = 'api:';
