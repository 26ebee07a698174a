import type { CallName, CallOutput, ParsedInput } from '../../../shared/api/contract';
import type { AppInfo, FileAlert, UnsavedCopy } from '../../../shared/domain/types';
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import type { Platform } from '../platform';
import { listChanges } from '../changeLog';
import * as plans from '../plan/plans';
import * as areas from '../plan/areas';
import * as bodies from '../plan/bodies';
import * as actions from '../plan/actions';
import * as statusReports from '../plan/statusReports';
import * as sources from '../plan/sources';
import { listActionStatus } from '../plan/actionStatus';
import { getStatusSummary } from '../plan/statusSummary';
import * as audits from '../audit/audits';
import * as questions from '../audit/auditQuestions';
import * as recommendations from '../audit/recommendations';
import * as indicators from '../indicator/indicators';
import * as reportTexts from '../report/reportTexts';
import * as reports from '../report/buildReport';
import { buildReportFile } from '../report/exportReport';
import { closeYear } from '../report/closeYear';
import { listClosedYears, reopenReportYear } from '../report/snapshots';
import { getDeleteImpact } from '../plan/deleteImpact';
import { listBodyActivity } from '../plan/bodyActivity';
import { getUndoState, undoLastChange } from '../undo/undoJournal';
import { getStatusTrend } from '../plan/statusTrend';
import { listStatusesAsOf } from '../plan/statusesAsOf';
import * as meetingNotes from '../meeting/meetingNotes';
import { exportHandout } from '../dashboard/handout';
import { createActionFromRecommendation } from '../audit/actionFromRecommendation';
import { listRecommendationsDue } from '../audit/recommendationsDue';
import { checkAuditResponse, exportAuditResponse } from '../audit/exportResponse';
import { getAuditResponse, saveAuditResponse } from '../audit/responseDrafts';
import { addIndicatorCatalogue, getCatalogueInfo } from '../indicator/indicatorCatalogue';
import { getIndicatorSummary } from '../indicator/indicatorSummary';
import { transferHandlers } from './transferHandlers';
import { backupsOf, type SessionBackups } from '../backup/sessionBackups';
import { getSettings, updateSettings } from '../settings/documentSettings';

/** What a handler knows besides its input: the service context and the open file. */
export interface Session {
  ctx: ServiceContext;
  info: () => AppInfo;
  readOnly: boolean;
  /** Printing and handing files to the user, as the surrounding program does it. */
  platform: Platform;
  /** The open file's automatic backups; absent where none are kept (the CLI, tests). */
  backups?: SessionBackups;
  /** Whether the open file may still be written here (its lock, its disk); absent where nothing can stop it (the CLI, tests). */
  writes?: SessionWrites;
}

/** Writing after it stopped (electron/services/db/writeState.ts): why, the refused changes, and a copy holding them. */
export interface SessionWrites {
  /** The Swedish refusal while writing is stopped; null while the session may write. */
  refusal(): string | null;
  /** Keeps a refused write call, already validated, for saveUnsavedCopy. */
  keep(name: CallName, input: unknown): void;
  alert(): FileAlert | null;
  saveUnsavedCopy(): Promise<UnsavedCopy>;
}

function writesOf(session: Session): SessionWrites {
  if (!session.writes) throw new AppError('conflict', 'Det finns inga ändringar som inte har sparats.');
  return session.writes;
}

export type Handlers = { [K in CallName]: (session: Session, input: ParsedInput<K>) => CallOutput<K> | Promise<CallOutput<K>> };

/** One handler per contract entry; the type makes a missing or extra entry a compile error. */
export const handlers: Handlers = {
  getAppInfo: (s) => s.info(),

  listPlans: ({ ctx }) => plans.listPlans(ctx),
  getPlan: ({ ctx }, i) => plans.getPlan(ctx, i.id),
  createPlan: ({ ctx }, i) => plans.createPlan(ctx, i),
  updatePlan: ({ ctx }, i) => plans.updatePlan(ctx, i),
  deletePlan: ({ ctx }, i) => plans.deletePlan(ctx, i.id),

  listAreas: ({ ctx }, i) => areas.listAreas(ctx, i.planId),
  createArea: ({ ctx }, i) => areas.createArea(ctx, i),
  updateArea: ({ ctx }, i) => areas.updateArea(ctx, i),
  deleteArea: ({ ctx }, i) => areas.deleteArea(ctx, i.id),

  listBodies: ({ ctx }) => bodies.listBodies(ctx),
  createBody: ({ ctx }, i) => bodies.createBody(ctx, i),
  updateBody: ({ ctx }, i) => bodies.updateBody(ctx, i),
  deleteBody: ({ ctx }, i) => bodies.deleteBody(ctx, i.id),

  listActions: ({ ctx }, i) => listActionStatus(ctx, i),
  getAction: ({ ctx }, i) => actions.getAction(ctx, i.id),
  createAction: ({ ctx }, i) => actions.createAction(ctx, i),
  updateAction: ({ ctx }, i) => actions.updateAction(ctx, i),
  deleteAction: ({ ctx }, i) => actions.deleteAction(ctx, i.id),

  listStatusReports: ({ ctx }, i) => statusReports.listStatusReports(ctx, i.actionId),
  createStatusReport: ({ ctx }, i) => statusReports.createStatusReport(ctx, i),
  deleteStatusReport: ({ ctx }, i) => statusReports.deleteStatusReport(ctx, i.id),

  listSources: ({ ctx }) => sources.listSources(ctx),
  createSource: ({ ctx }, i) => sources.createSource(ctx, i),
  updateSource: ({ ctx }, i) => sources.updateSource(ctx, i),
  deleteSource: ({ ctx }, i) => sources.deleteSource(ctx, i.id),

  listAudits: ({ ctx }) => audits.listAudits(ctx),
  getAudit: ({ ctx }, i) => audits.getAudit(ctx, i.id),
  createAudit: ({ ctx }, i) => audits.createAudit(ctx, i),
  updateAudit: ({ ctx }, i) => audits.updateAudit(ctx, i),
  deleteAudit: ({ ctx }, i) => audits.deleteAudit(ctx, i.id),
  createAuditQuestion: ({ ctx }, i) => questions.createAuditQuestion(ctx, i),
  updateAuditQuestion: ({ ctx }, i) => questions.updateAuditQuestion(ctx, i),
  deleteAuditQuestion: ({ ctx }, i) => questions.deleteAuditQuestion(ctx, i.id),
  createRecommendation: ({ ctx }, i) => recommendations.createRecommendation(ctx, i),
  updateRecommendation: ({ ctx }, i) => recommendations.updateRecommendation(ctx, i),
  deleteRecommendation: ({ ctx }, i) => recommendations.deleteRecommendation(ctx, i.id),
  updateRecommendationResponse: ({ ctx }, i) => recommendations.updateRecommendationResponse(ctx, i),
  listRecommendationFollowups: ({ ctx }, i) => recommendations.listRecommendationFollowups(ctx, i),
  createRecommendationFollowup: ({ ctx }, i) => recommendations.createRecommendationFollowup(ctx, i),
  linkRecommendationAction: ({ ctx }, i) => recommendations.linkRecommendationAction(ctx, i),
  unlinkRecommendationAction: ({ ctx }, i) => recommendations.unlinkRecommendationAction(ctx, i),

  listIndicators: ({ ctx }) => indicators.listIndicators(ctx),
  createIndicator: ({ ctx }, i) => indicators.createIndicator(ctx, i),
  updateIndicator: ({ ctx }, i) => indicators.updateIndicator(ctx, i),
  deleteIndicator: ({ ctx }, i) => indicators.deleteIndicator(ctx, i.id),
  setIndicatorValue: ({ ctx }, i) => indicators.setIndicatorValue(ctx, i),
  deleteIndicatorValue: ({ ctx }, i) => indicators.deleteIndicatorValue(ctx, i),

  listReportTexts: ({ ctx }, i) => reportTexts.listReportTexts(ctx, i),
  saveReportText: ({ ctx }, i) => reportTexts.saveReportText(ctx, i),

  getStatusSummary: ({ ctx }, i) => getStatusSummary(ctx, i),
  listChanges: ({ ctx }, i) => listChanges(ctx, i),
  listBodyActivity: ({ ctx }, i) => listBodyActivity(ctx, i),

  getDeleteImpact: ({ ctx }, i) => getDeleteImpact(ctx, i),
  getUndoState: ({ ctx }) => getUndoState(ctx),
  undoLastChange: ({ ctx }) => undoLastChange(ctx),

  // — settings (Inställningar) —
  getSettings: ({ ctx }) => getSettings(ctx),
  updateSettings: ({ ctx }, i) => updateSettings(ctx, i),

  // — reports (yearly uppföljningsrapport, per nämnd, recommendations) —
  getReportModel: ({ ctx }, i) => reports.getReportModel(ctx, i),
  getReportDefaults: ({ ctx }, i) => reports.getReportEditor(ctx, i),
  resetReportText: ({ ctx }, i) => reportTexts.resetReportText(ctx, i),
  exportReport: async ({ ctx, platform }, i) => platform.deliverFile(await buildReportFile(ctx, platform, i)),
  listClosedYears: ({ ctx }, i) => listClosedYears(ctx, i.planId),
  closeReportYear: ({ ctx }, i) => closeYear(ctx, i),
  reopenReportYear: ({ ctx }, i) => reopenReportYear(ctx, i),

  // — dashboards, presentation mode and meeting notes —
  getStatusTrend: ({ ctx }, i) => getStatusTrend(ctx, i),
  listStatusesAsOf: ({ ctx }, i) => listStatusesAsOf(ctx, i),
  listMeetingNotes: ({ ctx }, i) => meetingNotes.listMeetingNotes(ctx, i),
  createMeetingNote: ({ ctx }, i) => meetingNotes.createMeetingNote(ctx, i),
  deleteMeetingNote: ({ ctx }, i) => meetingNotes.deleteMeetingNote(ctx, i.id),
  exportHandout: ({ platform }, i) => exportHandout(platform, i),

  // — audits and indicators —
  createActionFromRecommendation: ({ ctx }, i) => createActionFromRecommendation(ctx, i),
  listRecommendationsDue: ({ ctx }, i) => listRecommendationsDue(ctx, i),
  getAuditResponse: ({ ctx }, i) => getAuditResponse(ctx, i),
  saveAuditResponse: ({ ctx }, i) => saveAuditResponse(ctx, i),
  checkAuditResponse: ({ ctx }, i) => checkAuditResponse(ctx, i),
  exportAuditResponse: ({ ctx, platform }, i) => exportAuditResponse(ctx, platform, i),
  getIndicatorCatalogueInfo: ({ ctx }) => getCatalogueInfo(ctx),
  addIndicatorCatalogue: ({ ctx }) => addIndicatorCatalogue(ctx),
  getIndicatorSummary: ({ ctx }, i) => getIndicatorSummary(ctx, i),

  // — import, export and underlag —
  ...transferHandlers,

  // — backups: automatic rotating copies of the open file (electron/services/backup/) —
  listBackups: (s) => backupsOf(s).list(),
  getBackupStatus: (s) => s.backups?.status() ?? null,
  restoreBackup: (s, i) => backupsOf(s).restore(i.id),

  saveUnsavedCopy: (s) => writesOf(s).saveUnsavedCopy(),
};
