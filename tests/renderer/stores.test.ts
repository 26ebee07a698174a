import { beforeAll, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { CALL_NAMES, type CallName } from '../../shared/api/contract';
import type { Result } from '../../shared/errors';
import type { ActionStatusRow, Area } from '../../shared/domain/types';

/**
 * The plan workspace's stores in Node, against a fake window.api: they load from the API,
 * reload from it after every write (no second truth), and reload when Ctrl+Z changed the file.
 */
type FakeApi = Record<CallName, Mock<(input: unknown) => Promise<Result<unknown>>>>;

const answers = new Map<CallName, (input: unknown) => unknown>();
const fake = Object.fromEntries(CALL_NAMES.map((name) => [name, vi.fn(async (input: unknown): Promise<Result<unknown>> => {
  const answer = answers.get(name);
  if (!answer) return { ok: true, value: null };
  try {
    return { ok: true, value: await answer(input) };
  } catch (error) {
    return { ok: false, error: error as { kind: 'validation'; message: string; problems: { field: string; message: string }[] } };
  }
})])) as unknown as FakeApi;

// The stores read window.api (and uiStore the location) when they run, so the window comes first.
vi.stubGlobal('window', { api: fake, location: { hash: '' } });
vi.stubGlobal('history', { replaceState: () => undefined });

let stores: {
  plan: typeof import('../../renderer/src/stores/planStore');
  action: typeof import('../../renderer/src/stores/actionStore');
  filter: typeof import('../../renderer/src/stores/filterStore');
  undo: typeof import('../../renderer/src/stores/undoStore');
  client: typeof import('../../renderer/src/api/client');
};

beforeAll(async () => {
  stores = {
    plan: await import('../../renderer/src/stores/planStore'),
    action: await import('../../renderer/src/stores/actionStore'),
    filter: await import('../../renderer/src/stores/filterStore'),
    undo: await import('../../renderer/src/stores/undoStore'),
    client: await import('../../renderer/src/api/client'),
  };
});

const area = (id: number, name: string, position = id): Area => ({ id, planId: 1, position, name, description: '' });
const actionRow = (id: number, areaId: number): ActionStatusRow => ({
  id, planId: 1, areaId, position: id, number: `${areaId}.${id}`, title: `Åtgärd ${id}`, description: '', proposedMeasures: '',
  startDate: null, deadline: null, indicatorText: '', responsible: [], createdAt: '', updatedAt: '', areaName: '',
  latestStatus: null, latestAssessment: null, latestComment: '', latestReportedOn: null, effectiveStatus: 'ingen_uppfoljning',
  latestStopDecision: '', latestStopDecidedBy: '', latestStopDecidedOn: null, notReportedInYear: false, measureCount: 0,
});
const calls = (name: CallName): unknown[] => fake[name].mock.calls.map((c) => c[0]);

let fileAreas: Area[];
let fileActions: ActionStatusRow[];

beforeEach(() => {
  for (const name of CALL_NAMES) fake[name].mockClear();
  answers.clear();
  fileAreas = [area(1, 'Insatser för utsatta'), area(2, 'Information')];
  fileActions = [actionRow(11, 1), actionRow(21, 2)];
  answers.set('listAreas', () => fileAreas);
  answers.set('listActions', () => fileActions);
  answers.set('getStatusSummary', () => ({ total: fileActions.length }));
  answers.set('listPlans', () => [{ id: 1, name: 'Planen' }]);
  answers.set('getAppInfo', () => ({ today: '2026-11-26' }));
  answers.set('getUndoState', () => ({ label: 'Senaste', at: '' }));
});

describe('planStore', () => {
  it('loads one plan’s områden, åtgärder and summary', async () => {
    await stores.plan.usePlanStore.getState().load(1);
    const state = stores.plan.usePlanStore.getState();
    expect(state.areas.map((a) => a.name)).toEqual(['Insatser för utsatta', 'Information']);
    expect(state.actions).toHaveLength(2);
    expect(calls('listActions')).toEqual([{ planId: 1 }]);
  });

  it('keeps only the newest answer when loads overlap', async () => {
    let release!: () => void;
    const slow = new Promise<void>((resolve) => { release = resolve; });
    answers.set('listAreas', async () => { await slow; return [area(9, 'Gammalt svar')]; });
    const first = stores.plan.usePlanStore.getState().load(1);
    answers.set('listAreas', () => [area(1, 'Nytt svar')]);
    await stores.plan.usePlanStore.getState().load(1);
    release();
    await first;
    expect(stores.plan.usePlanStore.getState().areas.map((a) => a.name)).toEqual(['Nytt svar']);
  });

  it('after deleting an område it reloads the plan from the API and refreshes what Ctrl+Z would undo', async () => {
    await stores.plan.usePlanStore.getState().load(1);
    answers.set('deleteArea', () => {
      fileAreas = fileAreas.filter((a) => a.id !== 2);
      fileActions = fileActions.filter((a) => a.areaId !== 2);
      return null;
    });
    fake.getUndoState.mockClear();
    await stores.plan.usePlanStore.getState().deleteArea(2);
    expect(calls('deleteArea')).toEqual([{ id: 2 }]);
    const state = stores.plan.usePlanStore.getState();
    expect(state.areas.map((a) => a.id)).toEqual([1]);
    expect(state.actions.map((a) => a.id)).toEqual([11]);
    expect(fake.getUndoState).toHaveBeenCalled();
  });

  it('moves an område one step by its position in the plan', async () => {
    await stores.plan.usePlanStore.getState().load(1);
    answers.set('updateArea', (input) => input);
    await stores.plan.usePlanStore.getState().moveArea(2, -1);
    expect(calls('updateArea')).toEqual([{ id: 2, patch: { position: 0 } }]);
    await stores.plan.usePlanStore.getState().moveArea(1, -1);
    expect(calls('updateArea')).toHaveLength(1);
  });

  it('a refused write throws the Swedish message and field problems, and reloads nothing', async () => {
    await stores.plan.usePlanStore.getState().load(1);
    fake.listAreas.mockClear();
    answers.set('updateArea', () => {
      throw { kind: 'validation', message: 'Namn: måste fyllas i.', problems: [{ field: 'name', message: 'Namn: måste fyllas i.' }] };
    });
    const failure = await stores.plan.usePlanStore.getState().updateArea(1, { name: '' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(stores.client.ApiError);
    expect((failure as InstanceType<typeof stores.client.ApiError>).problems).toEqual([{ field: 'name', message: 'Namn: måste fyllas i.' }]);
    expect(fake.listAreas).not.toHaveBeenCalled();
  });
});

describe('actionStore', () => {
  beforeEach(() => {
    answers.set('getAction', (input) => ({ ...actionRow((input as { id: number }).id, 1) }));
    answers.set('listStatusReports', () => []);
    answers.set('listChanges', () => []);
    answers.set('listSources', () => [{ id: 5, title: 'Protokoll' }]);
  });

  it('loads the åtgärd, its history, its whole change log and the källor', async () => {
    await stores.action.useActionStore.getState().load(11);
    const state = stores.action.useActionStore.getState();
    expect(state.action?.id).toBe(11);
    expect(state.sources).toHaveLength(1);
    expect(calls('listChanges')).toEqual([{ since: '1900-01-01', actionId: 11 }]);
  });

  it('after a new lägesrapport it reloads the history and the plan list from the API', async () => {
    await stores.plan.usePlanStore.getState().load(1);
    await stores.action.useActionStore.getState().load(11);
    const report = { id: 7, actionId: 11, reportedOn: '2026-11-26', status: 'genomford', reportedBy: 'Karin' };
    answers.set('createStatusReport', () => {
      answers.set('listStatusReports', () => [report]);
      fileActions = fileActions.map((a) => (a.id === 11 ? { ...a, effectiveStatus: 'genomford' as const } : a));
      return report;
    });
    await stores.action.useActionStore.getState().createStatusReport({ actionId: 11, reportedOn: '2026-11-26', status: 'genomford', reportedBy: 'Karin' });
    expect(stores.action.useActionStore.getState().reports).toEqual([report]);
    expect(stores.plan.usePlanStore.getState().actions.find((a) => a.id === 11)?.effectiveStatus).toBe('genomford');
    expect(stores.action.useActionStore.getState().lastReportedBy).toBe('Karin');
  });

  it('marks the åtgärd missing when it is gone (e.g. its creation was undone)', async () => {
    answers.set('getAction', () => { throw { kind: 'not_found', message: 'Åtgärden finns inte (id 99).' }; });
    await stores.action.useActionStore.getState().load(99);
    expect(stores.action.useActionStore.getState()).toMatchObject({ missing: true, action: null, error: null });
  });

  it('Ctrl+Z (reloadAll) reloads the open åtgärd and the plan', async () => {
    await stores.plan.usePlanStore.getState().load(1);
    await stores.action.useActionStore.getState().load(11);
    fake.getAction.mockClear();
    fake.listActions.mockClear();
    await stores.undo.reloadAll();
    expect(calls('getAction')).toEqual([{ id: 11 }]);
    expect(calls('listActions')).toEqual([{ planId: 1 }]);
  });

  it('a closed detail is not reloaded', async () => {
    await stores.action.useActionStore.getState().load(11);
    stores.action.useActionStore.getState().close();
    fake.getAction.mockClear();
    await stores.undo.reloadAll();
    expect(fake.getAction).not.toHaveBeenCalled();
  });
});

describe('filterStore', () => {
  it('a filter change starts the list from its first page; "Rensa filter" clears everything at once', () => {
    const store = stores.filter.useFilterStore;
    store.getState().forPlan(1);
    store.getState().showMore();
    expect(store.getState().limit).toBe(2 * stores.filter.PAGE_SIZE);
    store.getState().setFilter({ bodyId: 2, status: 'forsenad', text: 'freda', deadline: 'passerade', areaId: 1 });
    expect(store.getState().limit).toBe(stores.filter.PAGE_SIZE);
    store.getState().clear();
    expect(store.getState().filter).toEqual({ areaId: null, bodyId: null, status: null, deadline: 'alla', text: '' });
  });

  it('keeps the filter for the same plan, drops the område filter for another plan', () => {
    const store = stores.filter.useFilterStore;
    store.getState().forPlan(1);
    store.getState().setFilter({ areaId: 1, status: 'forsenad' });
    store.getState().forPlan(1);
    expect(store.getState().filter).toMatchObject({ areaId: 1, status: 'forsenad' });
    store.getState().forPlan(2);
    expect(store.getState().filter).toMatchObject({ areaId: null, status: 'forsenad' });
  });

  it('sorts ascending by a new column and flips on the same one', () => {
    const store = stores.filter.useFilterStore;
    store.getState().sortBy('deadline');
    expect(store.getState().order).toEqual({ key: 'deadline', direction: 'ascending' });
    store.getState().sortBy('deadline');
    expect(store.getState().order).toEqual({ key: 'deadline', direction: 'descending' });
    store.getState().sortBy('number');
    expect(store.getState().order).toEqual({ key: 'number', direction: 'ascending' });
  });
});
