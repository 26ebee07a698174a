import { beforeAll, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { CALL_NAMES, type CallName } from '@shared/api/contract';
import type { Result } from '@shared/errors';
import type { ActionStatusRow, Area } from '@shared/domain/types';

/**
 * The plan workspace's writes and UI stores in Node, against a fake window.api. What the views
 * show is read through the cache; tests/renderer/data/invalidation.test.ts shows it refreshed.
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
  plan: typeof import('@renderer/stores/planStore');
  action: typeof import('@renderer/stores/actionStore');
  filter: typeof import('@renderer/stores/filterStore');
  client: typeof import('@renderer/api/client');
};

beforeAll(async () => {
  stores = {
    plan: await import('@renderer/stores/planStore'),
    action: await import('@renderer/stores/actionStore'),
    filter: await import('@renderer/stores/filterStore'),
    client: await import('@renderer/api/client'),
  };
});

const area = (id: number, name: string, position = id): Area => ({ id, planId: 1, position, name, description: '', version: 1 });
const actionRow = (id: number, areaId: number): ActionStatusRow => ({
  id, planId: 1, areaId, position: id, number: `${areaId}.${id}`, title: `Åtgärd ${id}`, description: '', proposedMeasures: '',
  startDate: null, deadline: null, indicatorText: '', responsible: [], createdAt: '', updatedAt: '', version: 1, areaName: '',
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

describe('planWrites and actionWrites: the writes; what they show is read through the cache', () => {
  it('moves an område one step by its position in the plan', async () => {
    answers.set('updateArea', (input) => input);
    await stores.plan.planWrites.moveArea(fileAreas, 2, -1);
    expect(calls('updateArea')).toEqual([{ id: 2, patch: { position: 0 } }]);
    await stores.plan.planWrites.moveArea(fileAreas, 1, -1);
    expect(calls('updateArea')).toHaveLength(1);
  });

  it('a refused write throws the Swedish message and field problems, and reads nothing', async () => {
    answers.set('updateArea', () => {
      throw { kind: 'validation', message: 'Namn: måste fyllas i.', problems: [{ field: 'name', message: 'Namn: måste fyllas i.' }] };
    });
    const failure = await stores.plan.planWrites.updateArea(1, { name: '' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(stores.client.ApiError);
    expect((failure as InstanceType<typeof stores.client.ApiError>).problems).toEqual([{ field: 'name', message: 'Namn: måste fyllas i.' }]);
    expect(fake.listAreas).not.toHaveBeenCalled();
  });

  it('a saved lägesrapport remembers who reported it, for the next report; a refused one does not', async () => {
    answers.set('createStatusReport', (input) => ({ id: 5, ...(input as object) }));
    await stores.action.actionWrites.createStatusReport({ actionId: 11, reportedOn: '2026-11-26', status: 'pagaende', reportedBy: 'Anna' });
    expect(stores.action.useActionStore.getState().lastReportedBy).toBe('Anna');
    answers.set('createStatusReport', () => {
      throw { kind: 'validation', message: 'Datum: måste fyllas i.', problems: [] };
    });
    await expect(stores.action.actionWrites.createStatusReport({ actionId: 11, reportedOn: '', status: 'pagaende', reportedBy: 'Bo' })).rejects.toThrow('Datum');
    expect(stores.action.useActionStore.getState().lastReportedBy).toBe('Anna');
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
