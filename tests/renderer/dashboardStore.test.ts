import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/errors';
import type { ActionStatusRow } from '../../shared/domain/types';

/** A fake window.api: every call is recorded and answered by `answer`, which a test may replace. */
type Call = { name: string; input: Record<string, unknown> };
let calls: Call[] = [];
let answer: (name: string, input: Record<string, unknown>) => Promise<Result<unknown>>;

function row(id: number): ActionStatusRow {
  return { id, number: `1.${id}`, areaId: 1, areaName: 'Samordning', effectiveStatus: 'pagaende', title: `Åtgärd ${id}`, deadline: null, responsible: [] } as unknown as ActionStatusRow;
}

/** The fake history: before 2026 the åtgärd was late, from 2026 it is done. */
const statusAsOf = (asOf: string) => (asOf < '2026' ? 'forsenad' : 'genomford');

function defaultAnswer(name: string, input: Record<string, unknown>): Promise<Result<unknown>> {
  const value: Record<string, unknown> = {
    listActions: [row(1)],
    listStatusesAsOf: { asOf: input.asOf, statuses: [{ id: 1, status: statusAsOf(String(input.asOf)) }] },
    getStatusTrend: { rhythm: input.rhythm, to: input.to, points: [] },
    listAreas: [{ id: 1, planId: input.planId, position: 0, name: 'Samordning', description: '' }],
    listChanges: [],
    listRecommendationsDue: { asOf: input.asOf, withinDays: 90, bodies: [], due: [] },
  };
  return Promise.resolve({ ok: true, value: value[name] ?? null });
}

beforeEach(() => {
  calls = [];
  answer = defaultAnswer;
  const api = new Proxy({}, {
    get: (_t, name: string) => (input: Record<string, unknown>) => {
      calls.push({ name, input });
      return answer(name, input);
    },
  });
  vi.stubGlobal('window', { api });
  vi.resetModules();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function store() {
  return (await import('../../renderer/src/stores/dashboardStore')).useDashboardStore;
}

const named = (name: string) => calls.filter((c) => c.name === name).map((c) => c.input);

describe('dashboardStore', () => {
  it('loads a plan as of today, compared with one year earlier', async () => {
    const useStore = await store();
    await useStore.getState().load(7, '2026-11-26');
    const s = useStore.getState();
    expect(s).toMatchObject({ planId: 7, asOf: '2026-11-26', compareTo: '2025-11-26', currentAsOf: '2026-11-26', previousAsOf: '2025-11-26', loading: false, error: null });
    expect(s.current).toEqual([expect.objectContaining({ id: 1, title: 'Åtgärd 1', effectiveStatus: 'genomford' })]);
    expect(s.previous).toEqual([expect.objectContaining({ id: 1, title: 'Åtgärd 1', effectiveStatus: 'forsenad' })]);
    // The åtgärder once; for each date only the statuses.
    expect(named('listActions')).toEqual([{ planId: 7, asOf: '2026-11-26' }]);
    expect(named('listStatusesAsOf')).toEqual([{ planId: 7, asOf: '2026-11-26' }, { planId: 7, asOf: '2025-11-26' }]);
    expect(named('getStatusTrend')).toEqual([{ planId: 7, to: '2026-11-26', rhythm: 'år', areaId: null, bodyId: null }]);
    expect(named('listRecommendationsDue')).toEqual([{ asOf: '2026-11-26', withinDays: 90 }]);
    expect(s.areas).toHaveLength(1);
  });

  it('a new Per datum moves Jämför med along until the user has chosen one of their own', async () => {
    const useStore = await store();
    await useStore.getState().load(7, '2026-11-26');
    await useStore.getState().setAsOf('2024-06-30');
    expect(useStore.getState()).toMatchObject({ asOf: '2024-06-30', compareTo: '2023-06-30', currentAsOf: '2024-06-30', previousAsOf: '2023-06-30' });
    expect(named('getStatusTrend').at(-1)).toMatchObject({ to: '2024-06-30' });

    await useStore.getState().setCompareTo('2020-01-01');
    calls = [];
    await useStore.getState().setAsOf('2025-01-31');
    expect(useStore.getState()).toMatchObject({ asOf: '2025-01-31', compareTo: '2020-01-01', previousAsOf: '2020-01-01', compareFollows: false });
    expect(named('listStatusesAsOf')).toEqual([{ planId: 7, asOf: '2025-01-31' }]);
    expect(named('listActions')).toEqual([]);
    expect(useStore.getState().current[0].effectiveStatus).toBe('forsenad');
  });

  it('keeps the dates when the same plan is shown again, and starts over for another plan', async () => {
    const useStore = await store();
    await useStore.getState().load(7, '2026-11-26');
    await useStore.getState().setAsOf('2024-06-30');
    await useStore.getState().load(7, '2026-11-26');
    expect(useStore.getState().asOf).toBe('2024-06-30');
    await useStore.getState().load(8, '2026-11-26');
    expect(useStore.getState()).toMatchObject({ planId: 8, asOf: '2026-11-26', compareTo: '2025-11-26', compareFollows: true });
  });

  it('only the newest answer lands when dates change faster than the answers come', async () => {
    const useStore = await store();
    await useStore.getState().load(7, '2026-11-26');
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => { release = resolve; });
    answer = async (name, input) => {
      if (name === 'listStatusesAsOf' && input.asOf === '2023-01-01') await slow;
      return defaultAnswer(name, input);
    };
    const first = useStore.getState().setAsOf('2023-01-01');
    await useStore.getState().setAsOf('2026-05-05');
    release();
    await first;
    expect(useStore.getState()).toMatchObject({ asOf: '2026-05-05', currentAsOf: '2026-05-05' });
    expect(useStore.getState().current[0].effectiveStatus).toBe('genomford');
  });

  it('a nämnd or område filter reloads the trend for that scope only, once', async () => {
    const useStore = await store();
    await useStore.getState().load(7, '2026-11-26');
    calls = [];
    await useStore.getState().setScope({ areaId: null, bodyId: 3 });
    await useStore.getState().setScope({ areaId: null, bodyId: 3 });
    expect(calls).toEqual([{ name: 'getStatusTrend', input: { planId: 7, to: '2026-11-26', rhythm: 'år', areaId: null, bodyId: 3 } }]);
    await useStore.getState().setRhythm('tertial');
    expect(calls.at(-1)).toEqual({ name: 'getStatusTrend', input: { planId: 7, to: '2026-11-26', rhythm: 'tertial', areaId: null, bodyId: 3 } });
  });

  it('shows the main process’s Swedish message when a call is refused', async () => {
    answer = async (name, input) => (name === 'listStatusesAsOf'
      ? { ok: false, error: { kind: 'validation', message: 'Per datum: ”x” är inte ett datum (ÅÅÅÅ-MM-DD).' } }
      : defaultAnswer(name, input));
    const useStore = await store();
    await useStore.getState().load(7, '2026-11-26');
    expect(useStore.getState()).toMatchObject({ error: 'Per datum: ”x” är inte ett datum (ÅÅÅÅ-MM-DD).', currentAsOf: null, loading: false });
  });

  it('reloads after an undo (Ctrl+Z) like the other stores', async () => {
    const useStore = await store();
    const { reloadAll } = await import('../../renderer/src/stores/undoStore');
    await useStore.getState().load(7, '2026-11-26');
    calls = [];
    await reloadAll();
    expect(named('listActions')).toHaveLength(1);
    expect(named('listStatusesAsOf')).toHaveLength(2);
  });
});
