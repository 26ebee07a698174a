import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import type { Session } from '../../../electron/services/api/handlers';
import { CHILDREN } from '../../../electron/services/db/foreignKeys';
import { migrate } from '../../../electron/services/db/migrations';
import type { CallName } from '../../../shared/api/contract';
import type { OpenPlanFile } from '../../../electron/services/db/openPlanFile';
import { withDemoPlan } from '../../helpers/planFile';

function call<T = any>(session: Session, name: CallName, input: unknown = {}): T { // eslint-disable-line @typescript-eslint/no-explicit-any
  const result = dispatch(session, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

const DATA_TABLES = ['plan', 'area', 'body', 'action', 'action_body', 'source', 'status_report', 'audit', 'audit_body', 'audit_question',
  'recommendation', 'recommendation_body', 'recommendation_followup', 'recommendation_action', 'indicator', 'indicator_value', 'report_text'];

/** Everything a user can see, to compare a file before a change and after its undo. */
function snapshot(file: OpenPlanFile): Record<string, unknown[]> {
  return Object.fromEntries(DATA_TABLES.map((t) => [t, file.db.prepare(`SELECT * FROM ${t}`).all().map((r) => JSON.stringify(r)).sort()]));
}

describe('undo (Ctrl+Z)', () => {
  it('a fresh demo file has nothing to undo', () => {
    const { session } = withDemoPlan();
    expect(call(session, 'getUndoState')).toBeNull();
    expect(dispatch(session, 'undoLastChange', {})).toEqual({ ok: false, error: { kind: 'conflict', message: 'Det finns inget att ångra.' } });
  });

  it.each<[string, (s: Session) => void]>([
    ['an åtgärd’s new deadline and responsibilities', (s) => {
      const action = call<{ id: number }[]>(s, 'listActions')[3];
      call(s, 'updateAction', { id: action.id, patch: { deadline: '2030-01-01', responsible: [{ bodyId: 1, role: 'huvudansvarig' }] } });
    }],
    ['a new status report', (s) => {
      call(s, 'createStatusReport', { actionId: call<{ id: number }[]>(s, 'listActions')[0].id, reportedOn: '2026-11-20', status: 'avbruten' });
    }],
    ['deleting an område with its åtgärder, status reports and links to recommendations', (s) => {
      call(s, 'deleteArea', { id: call<{ id: number }[]>(s, 'listAreas', {})[0].id });
    }],
    ['deleting a källa that status reports cite', (s) => {
      call(s, 'deleteSource', { id: call<{ id: number }[]>(s, 'listSources')[0].id });
    }],
    ['deleting the whole plan', (s) => {
      call(s, 'deletePlan', { id: call<{ id: number }[]>(s, 'listPlans')[0].id });
    }],
    ['moving an område first', (s) => {
      call(s, 'updateArea', { id: call<{ id: number }[]>(s, 'listAreas', {})[4].id, patch: { position: 0 } });
    }],
    ['changing who a recommendation is addressed to', (s) => {
      const audit = call<{ id: number }[]>(s, 'listAudits')[0];
      const rec = call<{ recommendations: { id: number; addressees: { bodyId: number }[] }[] }>(s, 'getAudit', { id: audit.id }).recommendations[0];
      call(s, 'updateRecommendation', { id: rec.id, patch: { bodyIds: [8] } });
    }],
    ['an indicator value set twice', (s) => {
      const indicator = call<{ id: number }[]>(s, 'listIndicators')[0];
      call(s, 'setIndicatorValue', { indicatorId: indicator.id, year: 2026, score: 0 });
    }],
  ])('restores exactly what was there before %s', (_name, change) => {
    const { session, file } = withDemoPlan();
    const before = snapshot(file);
    change(session);
    expect(snapshot(file)).not.toEqual(before);
    const undone = call<{ label: string }>(session, 'undoLastChange');
    expect(undone.label.length).toBeGreaterThan(3);
    expect(snapshot(file)).toEqual(before);
    expect(file.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('undoes several changes newest first, and says what each was', () => {
    const { session, file } = withDemoPlan();
    const before = snapshot(file);
    const area = call<{ id: number }>(session, 'createArea', { planId: 1, name: 'Nytt område' });
    call(session, 'updateArea', { id: area.id, patch: { name: 'Omdöpt område' } });
    expect(call(session, 'getUndoState')).toMatchObject({ label: 'Utvecklingsområde ändrat: Namn' });
    expect(call(session, 'undoLastChange').label).toBe('Utvecklingsområde ändrat: Namn');
    expect(call(session, 'undoLastChange').label).toBe('Nytt utvecklingsområde');
    expect(snapshot(file)).toEqual(before);
  });

  it('is itself recorded in the change log', () => {
    const { session } = withDemoPlan();
    const action = call<{ id: number }[]>(session, 'listActions')[0];
    call(session, 'updateAction', { id: action.id, patch: { title: 'Ny titel' } });
    call(session, 'undoLastChange');
    const log = call<{ field: string; oldValue: string; newValue: string }[]>(session, 'listChanges', { since: '2000-01-01', actionId: action.id });
    expect(log[0]).toMatchObject({ field: 'title', oldValue: 'Ångrat: Åtgärd ändrad: Titel' });
  });

  it('knows every foreign key of the schema (so no delete escapes the undo snapshot)', () => {
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
  it('counts an område’s åtgärder and status reports, in Swedish', () => {
    const { session, file } = withDemoPlan();
    const area = call<{ id: number; name: string }[]>(session, 'listAreas', {})[0];
    const actions = (file.db.prepare('SELECT COUNT(*) AS n FROM action WHERE area_id = ?').get(area.id) as { n: number }).n;
    const reports = (file.db.prepare('SELECT COUNT(*) AS n FROM status_report s JOIN action a ON a.id = s.action_id WHERE a.area_id = ?').get(area.id) as { n: number }).n;
    const impact = call(session, 'getDeleteImpact', { entity: 'area', id: area.id });
    expect(impact.blocked).toBe(false);
    expect(impact.message).toMatch(new RegExp(`^Utvecklingsområdet ”${area.name}” tas bort tillsammans med ${actions} åtgärder, ${reports} lägesrapporter`));
    expect(impact.counts).toMatchObject({ action: actions, status_report: reports });
  });

  it('says a nämnd in use cannot be deleted', () => {
    const { session } = withDemoPlan();
    const impact = call(session, 'getDeleteImpact', { entity: 'body', id: 1 });
    expect(impact.blocked).toBe(true);
    expect(impact.message).toMatch(/kan inte tas bort/);
  });
});
