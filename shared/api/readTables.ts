import type { ReadCallName } from './contract';
import type { TableName } from './tables';

/**
 * What each read call reads, declared once per call: the renderer's query cache refetches a read
 * when a write's answer names one of its tables (Result.changed). Every read call must have an
 * entry (the `satisfies` makes a missing one a type error); tests/shared/api/readTables.test.ts
 * runs every read call on the demo file and fails if one touches a table not declared here.
 * A call that reads nothing from the plan file (app info, backups, templates) declares none: it is
 * fetched again only when the whole file changes.
 */
export const READ_TABLES = {
  getAppInfo: [],
  listPlans: ['plan'],
  getPlan: ['plan'],
  listAreas: ['area'],
  listBodies: ['body'],
  listActions: ['action', 'action_body', 'area', 'body', 'measure', 'status_report'],
  getAction: ['action', 'action_body', 'area', 'body'],
  listStatusReports: ['action', 'action_body', 'area', 'body', 'source', 'status_report'],
  listSources: ['source'],
  listAudits: ['audit', 'audit_body'],
  getAudit: ['audit', 'audit_body', 'audit_question', 'body', 'recommendation', 'recommendation_action', 'recommendation_body'],
  listRecommendationFollowups: ['body', 'recommendation', 'recommendation_action', 'recommendation_body', 'recommendation_followup'],
  listIndicators: ['indicator', 'indicator_value'],
  listReportTexts: ['plan', 'report_text'],
  getStatusSummary: ['action', 'action_body', 'area', 'body', 'status_report'],
  listChanges: ['action', 'area', 'audit', 'body', 'change_log', 'indicator', 'plan', 'source'],
  listBodyActivity: ['action', 'area', 'status_report'],
  getDeleteImpact: ['action', 'action_body', 'area', 'audit', 'audit_body', 'audit_question', 'audit_response', 'body', 'measure', 'measure_value', 'meeting_note', 'plan', 'plan_revision', 'recommendation', 'recommendation_action', 'recommendation_body', 'recommendation_followup', 'report_finding', 'report_finding_source', 'report_question', 'report_snapshot', 'report_source', 'report_text', 'status_report'],
  getUndoState: ['undo_entry'],
  getSettings: ['document_settings'],
  getReportModel: ['action', 'action_body', 'area', 'audit', 'audit_body', 'body', 'document_settings', 'indicator', 'indicator_value', 'measure', 'measure_value', 'meeting_note', 'plan', 'plan_revision', 'recommendation', 'recommendation_action', 'recommendation_body', 'recommendation_followup', 'report_finding', 'report_finding_source', 'report_question', 'report_snapshot', 'report_source', 'report_text', 'source', 'status_report'],
  getReportDefaults: ['action', 'action_body', 'area', 'audit', 'audit_body', 'body', 'document_settings', 'indicator', 'indicator_value', 'measure', 'measure_value', 'meeting_note', 'plan', 'plan_revision', 'recommendation', 'recommendation_action', 'recommendation_body', 'recommendation_followup', 'report_finding', 'report_finding_source', 'report_question', 'report_snapshot', 'report_source', 'report_text', 'source', 'status_report'],
  exportReport: ['action', 'action_body', 'area', 'audit', 'audit_body', 'body', 'document_settings', 'indicator', 'indicator_value', 'measure', 'measure_value', 'meeting_note', 'plan', 'plan_revision', 'recommendation', 'recommendation_action', 'recommendation_body', 'recommendation_followup', 'report_finding', 'report_finding_source', 'report_question', 'report_snapshot', 'report_source', 'report_text', 'source', 'status_report'],
  listClosedYears: ['plan', 'report_snapshot'],
  listReportQuestions: ['area', 'plan', 'report_question'],
  listReportFindings: ['action', 'action_body', 'area', 'body', 'measure', 'plan', 'plan_revision', 'report_finding', 'report_finding_source', 'status_report'],
  listReportSources: ['plan', 'report_source', 'source'],
  listRevisions: ['plan', 'plan_revision'],
  getRevisionStatus: ['plan', 'plan_revision'],
  getStatusTrend: ['action', 'action_body', 'area', 'status_report'],
  listStatusesAsOf: ['action', 'area', 'status_report'],
  listMeetingNotes: ['action', 'area', 'meeting_note', 'plan'],
  exportHandout: [],
  listRecommendationsDue: ['audit', 'body', 'recommendation', 'recommendation_body'],
  getAuditResponse: ['audit', 'audit_body', 'audit_question', 'audit_response', 'body', 'recommendation', 'recommendation_action', 'recommendation_body'],
  checkAuditResponse: ['action', 'audit', 'audit_body', 'audit_question', 'audit_response', 'body', 'document_settings', 'plan', 'recommendation', 'recommendation_action', 'recommendation_body'],
  exportAuditResponse: ['action', 'audit', 'audit_body', 'audit_question', 'audit_response', 'body', 'document_settings', 'plan', 'recommendation', 'recommendation_action', 'recommendation_body'],
  getIndicatorCatalogueInfo: ['indicator'],
  getIndicatorSummary: ['indicator', 'indicator_value'],
  previewPlanImport: ['action', 'area', 'body', 'plan'],
  savePlanImportTemplate: [],
  exportUnderlag: ['action', 'action_body', 'area', 'body', 'file_meta', 'measure', 'measure_value', 'plan', 'status_report'],
  previewSvarImport: ['action', 'action_body', 'area', 'body', 'file_meta', 'measure', 'measure_value', 'plan', 'source', 'status_report'],
  exportStatusList: ['action', 'action_body', 'area', 'body', 'measure', 'plan', 'status_report'],
  exportPlanJson: ['action', 'action_body', 'area', 'body', 'measure', 'measure_value', 'meeting_note', 'plan', 'plan_revision', 'report_finding', 'report_finding_source', 'report_question', 'report_snapshot', 'report_source', 'report_text', 'source', 'status_report'],
  listMeasures: ['action', 'area', 'measure', 'measure_value'],
  getMeasureOverview: ['action', 'area', 'measure', 'measure_value'],
  listBackups: [],
  /** The server's account store, not the plan file. */
  listUsers: [],
  getBackupStatus: [],
  restoreBackup: [],
  saveUnsavedCopy: [],
} as const satisfies { [K in ReadCallName]: readonly TableName[] };
