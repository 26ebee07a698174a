import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { CALL_NAMES, contract, type CallInput, type ReadCallName } from '@shared/api/contract';
import { READ_TABLES } from '@shared/api/readTables';
import { TABLE_NAMES } from '@shared/api/tables';
import { capturePlatform } from '../../helpers/capturePlatform';
import { withDemoPlan } from '../../helpers/planFile';
import { recordSql, tablesOf } from '../../helpers/recordTables';
import { TODAY } from '../../helpers/today';

const root = join(__dirname, '..', '..', '..');

type Inputs = { [K in ReadCallName]: (ids: DemoIds) => CallInput<K>[] };
interface DemoIds { plan: number; area: number; action: number; body: number; audit: number; recommendation: number; underlag: string }

const year = Number(TODAY.slice(0, 4));
const reports = (ids: DemoIds) => (['arsrapport', 'namnd', 'rekommendationer'] as const)
  .map((kind) => ({ kind, planId: ids.plan, year, ...(kind === 'namnd' ? { bodyId: ids.body } : {}) }));

/** At least one input per read call, several where what the call reads depends on its input. */
const INPUTS: Inputs = {
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
  previewPlanImport: (ids) => [{ file: fixture('tests/fixtures/import/plan-libreoffice.xlsx') }, { file: fixture('tests/fixtures/import/plan-libreoffice.xlsx'), targetPlanId: ids.plan }],
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
};

/** Calls that cannot succeed in a plain test session: no backups are kept, no writes were refused, nothing prints PDF. */
const EXPECTED_TO_REFUSE = new Set<ReadCallName>(['listBackups', 'restoreBackup', 'saveUnsavedCopy', 'exportHandout', 'listUsers']);

function fixture(path: string): { name: string; base64: string } {
  return { name: path.split('/').pop()!, base64: readFileSync(join(root, path)).toString('base64') };
}

describe('READ_TABLES: what each read call reads', () => {
  it('names only tables the schema has, and every table of the schema is in the one list', () => {
    const schema = readFileSync(join(root, 'tests/fixtures/schema.sql'), 'utf8');
    const inSchema = [...schema.matchAll(/CREATE TABLE "?(\w+)"?/g)].map((m) => m[1]).sort();
    expect([...TABLE_NAMES].sort()).toEqual(inSchema);
  });

  it('has an entry for exactly the read calls of the contract', () => {
    const reads = CALL_NAMES.filter((name) => !contract[name].write).sort();
    expect(Object.keys(READ_TABLES).sort()).toEqual(reads);
    expect(Object.keys(INPUTS).sort()).toEqual(reads);
  });

  it('declares every table each read call touches on the demo file', async () => {
    const { session, file } = withDemoPlan();
    const platform = capturePlatform();
    const withFiles = { ...session, platform };
    const one = (sql: string) => (file.db.prepare(sql).get() as { id: number }).id;
    const ids: Omit<DemoIds, 'underlag'> = {
      plan: one('SELECT id FROM plan ORDER BY id LIMIT 1'),
      area: one('SELECT id FROM area ORDER BY id LIMIT 1'),
      action: one('SELECT id FROM action WHERE id IN (SELECT action_id FROM status_report) ORDER BY id LIMIT 1'),
      body: one('SELECT body_id AS id FROM recommendation_body ORDER BY recommendation_id LIMIT 1'),
      audit: one('SELECT audit_id AS id FROM recommendation WHERE id IN (SELECT recommendation_id FROM recommendation_body) ORDER BY id LIMIT 1'),
      recommendation: one('SELECT recommendation_id AS id FROM recommendation_body ORDER BY recommendation_id LIMIT 1'),
    };
    const underlag = await dispatch(withFiles, 'exportUnderlag', { planId: ids.plan, bodyIds: [ids.body], period: String(year) });
    expect(underlag.ok).toBe(true);
    const all: DemoIds = { ...ids, underlag: Buffer.from(platform.files[0].bytes).toString('base64') };

    const undeclared: Record<string, string[]> = {};
    for (const name of Object.keys(INPUTS) as ReadCallName[]) {
      for (const input of INPUTS[name](all)) {
        const recording = recordSql(file.db);
        let result;
        try {
          result = await dispatch(withFiles, name, input);
        } finally {
          recording.stop();
        }
        if (!EXPECTED_TO_REFUSE.has(name)) expect(result, `${name} ${JSON.stringify(input).slice(0, 80)}`).toMatchObject({ ok: true });
        const declared = new Set<string>(READ_TABLES[name]);
        const missing = [...tablesOf(file.db, recording.statements)].filter((t) => !declared.has(t));
        if (missing.length > 0) undeclared[name] = [...new Set([...(undeclared[name] ?? []), ...missing])].sort();
      }
    }
    expect(undeclared).toEqual({});
  });
});
