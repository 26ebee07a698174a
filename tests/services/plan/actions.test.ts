import { describe, expect, it } from 'vitest';
import { createArea } from '../../../electron/services/plan/areas';
import { createBody } from '../../../electron/services/plan/bodies';
import { createAction, deleteAction, getAction, updateAction } from '../../../electron/services/plan/actions';
import { createPlan } from '../../../electron/services/plan/plans';
import { listChanges } from '../../../electron/services/changeLog';
import { AppError } from '@shared/errors';
import type { ServiceContext } from '../../../electron/services/context';
import { createTestPlanFile, tableRows } from '../../helpers/planFile';

function setup(ctx: ServiceContext) {
  const plan = createPlan(ctx, {
    name: 'Handlingsplan', municipality: 'Provkommun', periodStart: 2024, periodEnd: 2027, decidedBy: 'Kommunfullmäktige',
    decidedOn: '2024-02-01', diaryNumber: 'KS 2024/1', overallGoal: '', revisionIntervalYears: 2, followUpRhythm: 'tertial',
  });
  const area = createArea(ctx, { planId: plan.id, name: 'Samordning', description: '' });
  const sn = createBody(ctx, { name: 'Socialnämnden', kind: 'namnd', active: true });
  const ks = createBody(ctx, { name: 'Kommunstyrelsen', kind: 'styrelse', active: true });
  return { plan, area, sn, ks };
}

const base = { number: '6.1', description: '', proposedMeasures: '', indicatorText: '', startDate: '2024-01-01', deadline: '2025-12-31' };

function problemsOf(fn: () => unknown): { field: string; message: string }[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).problems;
  }
  throw new Error('no error');
}

describe('åtgärder', () => {
  it('are created with one huvudansvarig listed first, and logged', () => {
    const { ctx } = createTestPlanFile();
    const { plan, area, sn, ks } = setup(ctx);
    const action = createAction(ctx, {
      ...base, areaId: area.id, title: 'Samverkansgrupp',
      responsible: [{ bodyId: sn.id, role: 'medansvarig' }, { bodyId: ks.id, role: 'huvudansvarig' }],
    });
    expect(action.planId).toBe(plan.id);
    expect(action.responsible.map((r) => [r.bodyName, r.role])).toEqual([['Kommunstyrelsen', 'huvudansvarig'], ['Socialnämnden', 'medansvarig']]);
    const log = listChanges(ctx, { since: '2000-01-01', actionId: action.id, limit: 100 });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ entity: 'action', operation: 'create', user: 'testare', planId: plan.id });
    expect(log[0].newValue).toContain('Kommunstyrelsen (huvudansvarig)');
  });

  it('refuse a deadline before start, no huvudansvarig and an unknown nämnd — all at once, naming the fields', () => {
    const { ctx, file } = createTestPlanFile();
    const { area, sn } = setup(ctx);
    const before = tableRows(file, 'action');
    const problems = problemsOf(() => createAction(ctx, {
      ...base, areaId: area.id, title: 'X', startDate: '2025-06-01', deadline: '2025-01-01',
      responsible: [{ bodyId: sn.id, role: 'medansvarig' }, { bodyId: 999, role: 'medansvarig' }],
    }));
    expect(problems).toEqual([
      { field: 'deadline', message: 'Klart senast kan inte vara före start.' },
      { field: 'responsible', message: 'Ange exakt en huvudansvarig nämnd.' },
      { field: 'responsible', message: 'Okänd nämnd (id 999).' },
    ]);
    expect(tableRows(file, 'action')).toEqual(before);
    expect(tableRows(file, 'change_log').length).toBe(4);
  });

  it('refuse two huvudansvariga', () => {
    const { ctx } = createTestPlanFile();
    const { area, sn, ks } = setup(ctx);
    const problems = problemsOf(() => createAction(ctx, {
      ...base, areaId: area.id, title: 'X',
      responsible: [{ bodyId: sn.id, role: 'huvudansvarig' }, { bodyId: ks.id, role: 'huvudansvarig' }],
    }));
    expect(problems.map((p) => p.field)).toEqual(['responsible']);
  });

  it('log every changed field with old → new, and nothing for unchanged fields', () => {
    const { ctx } = createTestPlanFile();
    const { area, sn, ks } = setup(ctx);
    const action = createAction(ctx, { ...base, areaId: area.id, title: 'Utbildning', responsible: [{ bodyId: sn.id, role: 'huvudansvarig' }] });
    updateAction(ctx, {
      id: action.id,
      patch: { title: 'Utbildning', deadline: '2026-06-30', responsible: [{ bodyId: ks.id, role: 'huvudansvarig' }, { bodyId: sn.id, role: 'medansvarig' }] },
    });
    const updates = listChanges(ctx, { since: '2000-01-01', actionId: action.id, limit: 100 }).filter((c) => c.operation === 'update');
    expect(updates.map((u) => [u.field, u.oldValue, u.newValue]).sort()).toEqual([
      ['deadline', '2025-12-31', '2026-06-30'],
      ['responsible', 'Socialnämnden (huvudansvarig)', 'Kommunstyrelsen (huvudansvarig), Socialnämnden'],
    ]);
    expect(getAction(ctx, action.id).deadline).toBe('2026-06-30');
  });

  it('refuse an update whose deadline falls before the kept start date', () => {
    const { ctx } = createTestPlanFile();
    const { area, sn } = setup(ctx);
    const action = createAction(ctx, { ...base, areaId: area.id, title: 'X', responsible: [{ bodyId: sn.id, role: 'huvudansvarig' }] });
    expect(problemsOf(() => updateAction(ctx, { id: action.id, patch: { deadline: '2023-01-01' } }))[0].field).toBe('deadline');
    expect(getAction(ctx, action.id).deadline).toBe('2025-12-31');
  });

  it('are deleted together with their status reports, and the log keeps what was deleted', () => {
    const { ctx, file } = createTestPlanFile();
    const { area, sn } = setup(ctx);
    const action = createAction(ctx, { ...base, areaId: area.id, title: 'Tas bort', responsible: [{ bodyId: sn.id, role: 'huvudansvarig' }] });
    file.db.prepare("INSERT INTO status_report (action_id, reported_on, status, created_at) VALUES (?, '2025-01-01', 'pagaende', 't')").run(action.id);
    deleteAction(ctx, action.id);
    expect(tableRows(file, 'status_report')).toEqual([]);
    const deleted = listChanges(ctx, { since: '2000-01-01', actionId: action.id, limit: 10 }).find((c) => c.operation === 'delete');
    expect(deleted?.oldValue).toContain('Tas bort');
  });
});
