import { beforeEach, describe, expect, it } from 'vitest';
import { useDashboardStore } from '@renderer/stores/dashboardStore';

/**
 * Översikt's choices (UI state). Which answers they select is read through the cache
 * (views/dashboard/useDashboardData.ts); that a newer answer wins and a write refreshes them is
 * the query cache's job (tests/renderer/data/invalidation.test.ts, tests/e2e/dashboard.test.ts).
 */
beforeEach(() => {
  useDashboardStore.setState({ planId: null, openedOn: null, asOf: null, compareTo: null, compareFollows: true, rhythm: 'år', scope: { areaId: null, bodyId: null } });
});

describe('dashboardStore', () => {
  it('shows a plan as of today, compared with one year earlier', () => {
    useDashboardStore.getState().forPlan(1, '2026-11-26');
    expect(useDashboardStore.getState()).toMatchObject({ planId: 1, openedOn: '2026-11-26', asOf: '2026-11-26', compareTo: '2025-11-26' });
  });

  it('a new Per datum moves Jämför med along until the user has chosen one of their own', () => {
    const s = useDashboardStore.getState();
    s.forPlan(1, '2026-11-26');
    s.setAsOf('2026-06-30');
    expect(useDashboardStore.getState().compareTo).toBe('2025-06-30');
    s.setCompareTo('2024-01-01');
    s.setAsOf('2026-03-31');
    expect(useDashboardStore.getState()).toMatchObject({ asOf: '2026-03-31', compareTo: '2024-01-01' });
  });

  it('keeps the dates when the same plan is shown again, and starts over for another plan', () => {
    const s = useDashboardStore.getState();
    s.forPlan(1, '2026-11-26');
    s.setAsOf('2026-06-30');
    s.forPlan(1, '2026-11-27');
    expect(useDashboardStore.getState()).toMatchObject({ asOf: '2026-06-30', openedOn: '2026-11-26' });
    s.forPlan(2, '2026-11-27');
    expect(useDashboardStore.getState()).toMatchObject({ planId: 2, asOf: '2026-11-27', compareTo: '2025-11-27', compareFollows: true });
  });

  it('a filter that names the same scope changes nothing (the trend is not read again)', () => {
    const s = useDashboardStore.getState();
    const before = useDashboardStore.getState().scope;
    s.setScope({ areaId: null, bodyId: null });
    expect(useDashboardStore.getState().scope).toBe(before);
    s.setScope({ areaId: 3, bodyId: null });
    expect(useDashboardStore.getState().scope).toEqual({ areaId: 3, bodyId: null });
  });
});
