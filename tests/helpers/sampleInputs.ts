import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { dispatch } from '../../electron/services/api/dispatch';
import type { Session } from '../../electron/services/api/handlers';
import type { CallInput, CallName } from '@shared/api/contract';
import { capturePlatform } from './capturePlatform';
import { TODAY } from './today';

/**
 * One table of valid sample inputs for every call of the contract, on the demo plan: the read-table
 * test (tests/shared/api/readTables.test.ts) runs every read with them, the role test
 * (tests/services/access/callRoles.test.ts) every call. The ids are chosen so they belong together:
 * the nämnd is ansvarig for the åtgärd, addressed by the recommendation and audited in the
 * granskning, and the mått, utfall and status report are the åtgärd's, so a rapportör for that
 * nämnd is in scope for each of them.
 */
export interface DemoIds {
  plan: number; area: number; action: number; body: number; audit: number; recommendation: number;
  statusReport: number; measure: number; measureValue: number; source: number; revision: number; auditQuestion: number;
  indicator: number; meetingNote: number; finding: number;
  /** An exported underlag for the nämnd (base64), and the plan's JSON export. */
  underlag: string; planJson: string;
}

const root = join(__dirname, '..', '..');
export const sampleYear = Number(TODAY.slice(0, 4));

export function fixtureFile(path: string): { name: string; base64: string } {
  return { name: path.split('/').pop()!, base64: readFileSync(join(root, path)).toString('base64') };
}

function one(db: Database, sql: string): number {
  const row = db.prepare(sql).get() as { id: number } | undefined;
  if (!row) throw new Error(`The demo plan has no row for: ${sql}`);
  return row.id;
}

/** Picks the ids from the demo file, and exports the underlag and the plan JSON the imports read. */
export async function demoIds(session: Session, db: Database): Promise<DemoIds> {
  const body = one(db, `SELECT rb.body_id AS id FROM recommendation_body rb JOIN action_body ab ON ab.body_id = rb.body_id
    JOIN measure m ON m.action_id = ab.action_id JOIN measure_value mv ON mv.measure_id = m.id JOIN status_report s ON s.action_id = ab.action_id
    ORDER BY rb.recommendation_id, ab.action_id LIMIT 1`);
  const action = one(db, `SELECT ab.action_id AS id FROM action_body ab JOIN measure m ON m.action_id = ab.action_id
    JOIN measure_value mv ON mv.measure_id = m.id JOIN status_report s ON s.action_id = ab.action_id WHERE ab.body_id = ${body} ORDER BY ab.action_id LIMIT 1`);
  const recommendation = one(db, `SELECT recommendation_id AS id FROM recommendation_body WHERE body_id = ${body} ORDER BY recommendation_id LIMIT 1`);
  const measure = one(db, `SELECT m.id FROM measure m JOIN measure_value mv ON mv.measure_id = m.id WHERE m.action_id = ${action} ORDER BY m.id LIMIT 1`);
  const ids = {
    plan: one(db, 'SELECT id FROM plan ORDER BY id LIMIT 1'),
    area: one(db, `SELECT area_id AS id FROM action WHERE id = ${action}`),
    action, body, recommendation, measure,
    audit: one(db, `SELECT audit_id AS id FROM recommendation WHERE id = ${recommendation}`),
    statusReport: one(db, `SELECT id FROM status_report WHERE action_id = ${action} ORDER BY id DESC LIMIT 1`),
    measureValue: one(db, `SELECT id FROM measure_value WHERE measure_id = ${measure} ORDER BY id LIMIT 1`),
    source: one(db, 'SELECT id FROM source ORDER BY id LIMIT 1'),
    auditQuestion: one(db, 'SELECT id FROM audit_question ORDER BY id LIMIT 1'),
    indicator: one(db, 'SELECT id FROM indicator ORDER BY id LIMIT 1'),
  };
  const platform = capturePlatform();
  const withFiles = { ...session, platform };
  // The demo plan has no revision, iakttagelse or meeting note: one of each, so their calls have a row.
  const made = await Promise.all([
    dispatch(withFiles, 'createRevision', { planId: ids.plan, revisedOn: TODAY, decidedBy: 'Kommunfullmäktige' }),
    dispatch(withFiles, 'createReportFinding', { planId: ids.plan, year: sampleYear, areaId: ids.area, text: 'Vi noterar att planen följs upp.' }),
    dispatch(withFiles, 'createMeetingNote', { planId: ids.plan, meetingDate: TODAY, meetingName: 'Delegationen', note: 'Planen gicks igenom.' }),
  ]);
  const [revision, finding, meetingNote] = made.map((result) => {
    if (!result.ok) throw new Error(result.error.message);
    return (result.value as { id: number }).id;
  });
  const underlag = await dispatch(withFiles, 'exportUnderlag', { planId: ids.plan, bodyIds: [ids.body], period: String(sampleYear) });
  const planJson = await dispatch(withFiles, 'exportPlanJson', { planId: ids.plan });
  if (!underlag.ok || !planJson.ok) throw new Error('The demo plan could not be exported for the sample inputs.');
  const [underlagFile, planFile] = platform.files;
  return { ...ids, revision, finding, meetingNote, underlag: Buffer.from(underlagFile.bytes).toString('base64'), planJson: Buffer.from(planFile.bytes).toString('base64') };
}

type Inputs = { [K in CallName]: (ids: DemoIds) => CallInput<K>[] };

const year = sampleYear;
const reports = (ids: DemoIds) => (['arsrapport', 'namnd', 'rekommendationer'] as const)
  .map((kind) => ({ kind, planId: ids.plan, year, ...(kind === 'namnd' ? { bodyId: ids.body } : {}) }));
const importFile = 'tests/fixtures/import/plan-libreoffice.xlsx';

/** At least one valid input per call; several for reads where what the call reads depends on its input. */
export const SAMPLE_INPUTS: Inputs = {
  // — reads —
  getAppInfo: () => [{}],
  listPlans: () => [{}],
  getPlan: (ids) => [{ id: ids.plan }],
  listAreas: (ids) => [{ planId: ids.plan }, {}],
  listBodies: () => [{}],
  listActions: (ids) => [{ planId: ids.plan, asOf: TODAY }, {}],
  getAction: (ids) => [{ id: ids.action }],
  listStatusReports: (ids) => [{ actionId: ids.action }],
  listSources: () => [{}],
  listAudits: () => [{}],
  getAudit: (ids) => [{ id: ids.audit }],
  listRecommendationFollowups: (ids) => [{ recommendationId: ids.recommendation, bodyId: ids.body }],
  listIndicators: () => [{}],
  listReportTexts: (ids) => [{ planId: ids.plan, year }],
  getStatusSummary: (ids) => [{ planId: ids.plan, asOf: TODAY }, {}],
  listChanges: (ids) => [{ since: '2000-01-01', planId: ids.plan }, { since: '2000-01-01', actionId: ids.action }, { since: '2000-01-01' }],
  listBodyActivity: (ids) => [{ planId: ids.plan }, {}],
  getDeleteImpact: (ids) => ([['plan', ids.plan], ['area', ids.area], ['action', ids.action], ['body', ids.body], ['audit', ids.audit],
    ['recommendation', ids.recommendation]] as const).map(([entity, id]) => ({ entity, id })),
  getUndoState: () => [{}],
  getSettings: () => [{}],
  getReportModel: reports,
  getReportDefaults: reports,
  exportReport: (ids) => reports(ids).map((r) => ({ ...r, format: 'html' as const })),
  listClosedYears: (ids) => [{ planId: ids.plan }],
  listReportQuestions: (ids) => [{ planId: ids.plan, year }],
  listReportFindings: (ids) => [{ planId: ids.plan, year }],
  listReportSources: (ids) => [{ planId: ids.plan, year }],
  listRevisions: (ids) => [{ planId: ids.plan }],
  getRevisionStatus: (ids) => [{ planId: ids.plan, asOf: TODAY }],
  getStatusTrend: (ids) => [{ planId: ids.plan, to: TODAY }, { planId: ids.plan, to: TODAY, rhythm: 'tertial', bodyId: ids.body, areaId: ids.area }],
  listStatusesAsOf: (ids) => [{ planId: ids.plan, asOf: TODAY }],
  listMeetingNotes: (ids) => [{ planId: ids.plan }, { actionId: ids.action }, { areaId: ids.area }],
  exportHandout: () => [{ title: 'Översikt', html: '<p>Översikt</p>' }],
  listRecommendationsDue: () => [{ asOf: TODAY }],
  getAuditResponse: (ids) => [{ auditId: ids.audit, bodyId: ids.body }],
  checkAuditResponse: (ids) => [{ auditId: ids.audit, bodyId: ids.body }],
  exportAuditResponse: (ids) => [{ auditId: ids.audit, bodyId: ids.body }],
  getIndicatorCatalogueInfo: () => [{}],
  getIndicatorSummary: () => [{ year }],
  previewPlanImport: (ids) => [{ file: fixtureFile(importFile) }, { file: fixtureFile(importFile), targetPlanId: ids.plan }],
  savePlanImportTemplate: () => [{}],
  exportUnderlag: (ids) => [{ planId: ids.plan, bodyIds: [ids.body], period: String(year) }],
  previewSvarImport: (ids) => [{ file: { name: 'svar.xlsx', base64: ids.underlag } }],
  exportStatusList: (ids) => [{ planId: ids.plan, format: 'xlsx' }],
  exportPlanJson: (ids) => [{ planId: ids.plan }],
  listMeasures: (ids) => [{ planId: ids.plan }, { actionId: ids.action }, { areaId: ids.area }],
  getMeasureOverview: (ids) => [{ planId: ids.plan, asOf: TODAY }, {}],
  listBackups: () => [{}],
  getBackupStatus: () => [{}],
  restoreBackup: () => [{ id: 'none.sqlite' }],
  saveUnsavedCopy: () => [{}],
  listUsers: () => [{}],

  // — writes —
  createPlan: () => [{ name: 'Ny plan' }],
  updatePlan: (ids) => [{ id: ids.plan, patch: { diaryNumber: 'KS 2026/1' } }],
  deletePlan: (ids) => [{ id: ids.plan }],
  createArea: (ids) => [{ planId: ids.plan, name: 'Nytt område' }],
  updateArea: (ids) => [{ id: ids.area, patch: { description: 'Ny beskrivning.' } }],
  deleteArea: (ids) => [{ id: ids.area }],
  createBody: () => [{ name: 'Kulturnämnden', kind: 'namnd' }],
  updateBody: (ids) => [{ id: ids.body, patch: { active: true } }],
  deleteBody: (ids) => [{ id: ids.body }],
  createAction: (ids) => [{ areaId: ids.area, title: 'Ny åtgärd', responsible: [{ bodyId: ids.body, role: 'huvudansvarig' }] }],
  updateAction: (ids) => [{ id: ids.action, patch: { description: 'Ny beskrivning.' } }],
  deleteAction: (ids) => [{ id: ids.action }],
  createStatusReport: (ids) => [{ actionId: ids.action, reportedOn: TODAY, status: 'pagaende', comment: 'Arbetet pågår.' }],
  deleteStatusReport: (ids) => [{ id: ids.statusReport }],
  createSource: () => [{ title: 'Ny källa' }],
  updateSource: (ids) => [{ id: ids.source, patch: { publisher: 'Socialstyrelsen' } }],
  deleteSource: (ids) => [{ id: ids.source }],
  createRevision: (ids) => [{ planId: ids.plan, revisedOn: TODAY }],
  updateRevision: (ids) => [{ id: ids.revision, patch: { changes: 'Nya åtgärder.' } }],
  deleteRevision: (ids) => [{ id: ids.revision }],
  undoLastChange: () => [{}],
  updateSettings: () => [{ authorTitle: 'Jämställdhetsstrateg' }],
  saveReportText: (ids) => [{ planId: ids.plan, year, key: 'sammanfattning', text: 'Sammanfattning.' }],
  resetReportText: (ids) => [{ planId: ids.plan, year, key: 'sammanfattning' }],
  closeReportYear: (ids) => [{ planId: ids.plan, year }],
  reopenReportYear: (ids) => [{ planId: ids.plan, year }],
  createReportQuestion: (ids) => [{ planId: ids.plan, year, areaId: ids.area, question: 'Finns kartläggningar?', assessment: 'ja', motivation: 'Ja.' }],
  updateReportQuestion: (ids) => [{ planId: ids.plan, year, areaId: ids.area, id: null, question: null, assessment: 'delvis', motivation: 'Delvis.' }],
  deleteReportQuestion: (ids) => [{ planId: ids.plan, year, areaId: ids.area, id: null }],
  createReportFinding: (ids) => [{ planId: ids.plan, year, text: 'Vi noterar att planen följs upp.' }],
  updateReportFinding: (ids) => [{ id: ids.finding, patch: { text: 'Ny iakttagelse.' } }],
  deleteReportFinding: (ids) => [{ id: ids.finding }],
  dismissFindingSuggestion: (ids) => [{ planId: ids.plan, year, suggestion: 'revision' }],
  addReportSource: (ids) => [{ planId: ids.plan, year, sourceId: ids.source }],
  createReportSource: (ids) => [{ planId: ids.plan, year, title: 'Intervju med socialchefen', kind: 'intervju' }],
  removeReportSource: (ids) => [{ planId: ids.plan, year, sourceId: ids.source }],
  createMeetingNote: (ids) => [{ planId: ids.plan, meetingDate: TODAY, meetingName: 'Delegationen', note: 'Planen gicks igenom.' }],
  deleteMeetingNote: (ids) => [{ id: ids.meetingNote }],
  createAudit: () => [{ title: 'Ny granskning' }],
  updateAudit: (ids) => [{ id: ids.audit, patch: { diaryNumber: 'REV 2026/1' } }],
  deleteAudit: (ids) => [{ id: ids.audit }],
  createAuditQuestion: (ids) => [{ auditId: ids.audit, question: 'Finns rutiner?' }],
  updateAuditQuestion: (ids) => [{ id: ids.auditQuestion, patch: { motivation: 'Ny motivering.' } }],
  deleteAuditQuestion: (ids) => [{ id: ids.auditQuestion }],
  createRecommendation: (ids) => [{ auditId: ids.audit, text: 'Ta fram rutiner.', bodyIds: [ids.body] }],
  updateRecommendation: (ids) => [{ id: ids.recommendation, patch: { text: 'Ta fram nya rutiner.' } }],
  deleteRecommendation: (ids) => [{ id: ids.recommendation }],
  updateRecommendationResponse: (ids) => [{ recommendationId: ids.recommendation, bodyId: ids.body, patch: { response: 'Vi instämmer.' } }],
  createRecommendationFollowup: (ids) => [{ recommendationId: ids.recommendation, bodyId: ids.body, reportedOn: TODAY, status: 'pagaende' }],
  linkRecommendationAction: (ids) => [{ recommendationId: ids.recommendation, actionId: ids.action }],
  unlinkRecommendationAction: (ids) => [{ recommendationId: ids.recommendation, actionId: ids.action }],
  createActionFromRecommendation: (ids) => [{ recommendationId: ids.recommendation, bodyId: ids.body, areaId: ids.area }],
  saveAuditResponse: (ids) => [{ auditId: ids.audit, bodyId: ids.body, patch: { summary: 'Nämnden instämmer.' } }],
  createIndicator: () => [{ code: 'EGEN-99', text: 'Egen indikator' }],
  updateIndicator: (ids) => [{ id: ids.indicator, patch: { indicatorArea: 'Samverkan' } }],
  deleteIndicator: (ids) => [{ id: ids.indicator }],
  setIndicatorValue: (ids) => [{ indicatorId: ids.indicator, year, score: 2 }],
  deleteIndicatorValue: (ids) => [{ indicatorId: ids.indicator, year }],
  addIndicatorCatalogue: () => [{}],
  commitPlanImport: () => [{ file: fixtureFile(importFile), target: { kind: 'new', name: 'Importerad plan' }, statusDate: TODAY }],
  commitSvarImport: (ids) => [{ file: { name: 'svar.xlsx', base64: ids.underlag } }],
  restorePlanJson: (ids) => [{ file: { name: 'plan.json', base64: ids.planJson } }],
  createMeasure: (ids) => [{ name: 'Antal utbildade', unit: 'antal', actionId: ids.action }],
  updateMeasure: (ids) => [{ id: ids.measure, patch: { comment: 'Ny kommentar.' } }],
  deleteMeasure: (ids) => [{ id: ids.measure }],
  setMeasureValue: (ids) => [{ measureId: ids.measure, period: String(year), measuredOn: TODAY, value: 1 }],
  deleteMeasureValue: (ids) => [{ id: ids.measureValue }],
  saveUser: (ids) => [{ name: 'Ny Användare', login: 'ny.anvandare', role: 'rapportor', bodyIds: [ids.body] }],
};
