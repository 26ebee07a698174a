import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import type { Session } from '../../../electron/services/api/handlers';
import { CHILDREN } from '../../../electron/services/db/foreignKeys';
import { migrate } from '../../../electron/services/db/migrations';
import type { CallName } from '@shared/api/contract';
import type { OpenPlanFile } from '../../../electron/services/db/openPlanFile';
import { withDemoPlan } from '../../helpers/planFile';

async function call<T = any>(session: Session, name: CallName, input: unknown = {}): Promise<T> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const result = await dispatch(session, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

const DATA_TABLES = ['plan', 'area', 'body', 'action', 'action_body', 'source', 'status_report', 'audit', 'audit_body', 'audit_question',
  'recommendation', 'recommendation_body', 'recommendation_followup', 'recommendation_action', 'indicator', 'indicator_value', 'report_text',
  'measure', 'measure_value'];

/** Everything a user can see, to compare a file before a change and after its undo (undo raises row versions: left out). */
function snapshot(file: OpenPlanFile): Record<string, unknown[]> {
  return Object.fromEntries(DATA_TABLES.map((t) => [t, file.db.prepare(`SELECT * FROM ${t}`).all()
    .map((r) => JSON.stringify({ ...(r as object), version: undefined })).sort()]));
}

describe('undo (Ctrl+Z)', () => {
  it('a fresh demo file has nothing to undo', async () => {
    const { session } = withDemoPlan();
    expect((await call(session, 'getUndoState'))).toBeNull();
    expect((await dispatch(session, 'undoLastChange', {}))).toEqual({ ok: false, error: { kind: 'conflict', message: 'Det finns inget att ångra.' } });
  });

  it.each<[string, (s: Session) => Promise<void>]>([
    ['an åtgärd’s new deadline and responsibilities', async (s) => {
      const action = (await call<{ id: number }[]>(s, 'listActions'))[3];
      await call(s, 'updateAction', { id: action.id, patch: { deadline: '2030-01-01', responsible: [{ bodyId: 1, role: 'huvudansvarig' }] } });
    }],
    ['a new status report', async (s) => {
      await call(s, 'createStatusReport', { actionId: (await call<{ id: number }[]>(s, 'listActions'))[0].id, reportedOn: '2026-11-20', status: 'avbruten' });
    }],
    ['deleting an område with its åtgärder, status reports and links to recommendations', async (s) => {
      await call(s, 'deleteArea', { id: (await call<{ id: number }[]>(s, 'listAreas', {}))[0].id });
    }],
    ['deleting a källa that status reports cite', async (s) => {
      await call(s, 'deleteSource', { id: (await call<{ id: number }[]>(s, 'listSources'))[0].id });
    }],
    ['deleting the whole plan', async (s) => {
      await call(s, 'deletePlan', { id: (await call<{ id: number }[]>(s, 'listPlans'))[0].id });
    }],
    ['moving an område first', async (s) => {
      await call(s, 'updateArea', { id: (await call<{ id: number }[]>(s, 'listAreas', {}))[4].id, patch: { position: 0 } });
    }],
    ['changing who a recommendation is addressed to', async (s) => {
      const audit = (await call<{ id: number }[]>(s, 'listAudits'))[0];
      const rec = (await call<{ recommendations: { id: number; addressees: { bodyId: number }[] }[] }>(s, 'getAudit', { id: audit.id })).recommendations[0];
      await call(s, 'updateRecommendation', { id: rec.id, patch: { bodyIds: [8] } });
    }],
    ['a mått’s utfall recorded again for the same period', async (s) => {
      const measure = (await call<{ id: number; values: { period: string }[] }[]>(s, 'listMeasures', {})).find((m) => m.values.length > 0)!;
      await call(s, 'setMeasureValue', { measureId: measure.id, period: measure.values[0].period, measuredOn: '2026-11-20', value: 1 });
    }],
    ['an indicator value set twice', async (s) => {
      const indicator = (await call<{ id: number }[]>(s, 'listIndicators'))[0];
      await call(s, 'setIndicatorValue', { indicatorId: indicator.id, year: 2026, score: 0 });
    }],
  ])('restores exactly what was there before %s', async (_name, change) => {
    const { session, file } = withDemoPlan();
    const before = snapshot(file);
    await change(session);
    expect(snapshot(file)).not.toEqual(before);
    const undone = (await call<{ label: string }>(session, 'undoLastChange'));
    expect(undone.label.length).toBeGreaterThan(3);
    expect(snapshot(file)).toEqual(before);
    expect(file.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('undoes several changes newest first, and says what each was', async () => {
    const { session, file } = withDemoPlan();
    const before = snapshot(file);
    const area = (await call<{ id: number }>(session, 'createArea', { planId: 1, name: 'Nytt område' }));
    await call(session, 'updateArea', { id: area.id, patch: { name: 'Omdöpt område' } });
    expect((await call(session, 'getUndoState'))).toMatchObject({ label: 'Utvecklingsområde ändrat: Namn' });
    expect((await call(session, 'undoLastChange')).label).toBe('Utvecklingsområde ändrat: Namn');
    expect((await call(session, 'undoLastChange')).label).toBe('Nytt utvecklingsområde');
    expect(snapshot(file)).toEqual(before);
  });

  it('is itself recorded in the change log', async () => {
    const { session } = withDemoPlan();
    const action = (await call<{ id: number }[]>(session, 'listActions'))[0];
    await call(session, 'updateAction', { id: action.id, patch: { title: 'Ny titel' } });
    await call(session, 'undoLastChange');
    const log = (await call<{ field: string; oldValue: string; newValue: string }[]>(session, 'listChanges', { since: '2000-01-01', actionId: action.id }));
    expect(log[0]).toMatchObject({ field: 'title', oldValue: 'Ångrat: Åtgärd ändrad: Titel' });
  });

  it('knows every foreign key of the schema (so no delete escapes the undo snapshot)', async () => {
    const db = new Database(':memory:');
    migrate(db);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
    const actual = tables.flatMap(({ name }) => (db.pragma(`foreign_key_list(${name})`) as { table: string; from: string; on_delete: string }[])
      .map((fk) => `${fk.table} <- ${name}.${fk.from} ${fk.on_delete.toLowerCase()}`)).sort();
    const declared = Object.entries(CHILDREN).flatMap(([parent, links]) => links.map((l) => `${parent} <- ${l.table}.${l.column} ${l.onDelete}`)).sort();
    expect(declared).toEqual(actual);
    db.close();
  });
});

describe('what a delete takes with it', () => {
  it('counts an område’s åtgärder and status reports, in Swedish', async () => {
    const { session, file } = withDemoPlan();
    const area = (await call<{ id: number; name: string }[]>(session, 'listAreas', {}))[0];
    const actions = (file.db.prepare('SELECT COUNT(*) AS n FROM action WHERE area_id = ?').get(area.id) as { n: number }).n;
    const reports = (file.db.prepare('SELECT COUNT(*) AS n FROM status_report s JOIN action a ON a.id = s.action_id WHERE a.area_id = ?').get(area.id) as { n: number }).n;
    const impact = (await call(session, 'getDeleteImpact', { entity: 'area', id: area.id }));
    expect(impact.blocked).toBe(false);
    expect(impact.message).toMatch(new RegExp(`^Utvecklingsområdet ”${area.name}” tas bort tillsammans med ${actions} åtgärder, ${reports} lägesrapporter`));
    expect(impact.counts).toMatchObject({ action: actions, status_report: reports });
  });

  it('says a nämnd in use cannot be deleted', async () => {
    const { session } = withDemoPlan();
    const impact = (await call(session, 'getDeleteImpact', { entity: 'body', id: 1 }));
    expect(impact.blocked).toBe(true);
    expect(impact.message).toMatch(/kan inte tas bort/);
  });
});
