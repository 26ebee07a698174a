import { create } from 'zustand';
import { addYearsIso } from '../../../shared/dates';
import type { ActionStatuses, StatusTrend, TrendRhythm } from '../../../shared/domain/dashboard';
import type { RecommendationsDue } from '../../../shared/domain/recommendationsDue';
import type { ActionStatusRow, Area, ChangeEntry } from '../../../shared/domain/types';
import { api, errorMessage } from '../api/client';
import { onFileChanged } from './undoStore';

/**
 * Översikt and presentationsläge: one plan's åtgärder with their status as of "Per datum" and as of
 * "Jämför med", the trend, the latest changes and the recommendations due. The åtgärder are loaded
 * once; a new date fetches only the statuses (listStatusesAsOf), so the charts redraw quickly on a
 * big kommun's plan. The figures are derived from these rows in views/dashboard/model.ts.
 */
export interface DashboardScope {
  areaId: number | null;
  bodyId: number | null;
}

/** What the dashboard needs of an åtgärd: where it belongs, who answers for it, and its status as of a date. */
export type DashboardAction = Pick<ActionStatusRow, 'id' | 'number' | 'title' | 'areaId' | 'areaName' | 'deadline' | 'responsible' | 'effectiveStatus'
  | 'notReportedInYear'>;

function toDashboardAction(row: ActionStatusRow): DashboardAction {
  const { id, number, title, areaId, areaName, deadline, responsible, effectiveStatus, notReportedInYear } = row;
  return { id, number, title, areaId, areaName, deadline, responsible, effectiveStatus, notReportedInYear };
}

/** How many changes are fetched; the view shows the newest of them that match the filter. */
export const CHANGES_FETCHED = 200;
/** Recommendations whose answer is due within this many days count as due. */
export const RECOMMENDATIONS_WINDOW_DAYS = 90;

interface DashboardState {
  planId: number | null;
  asOf: string | null;
  compareTo: string | null;
  /** "Jämför med" follows "Per datum" (one year earlier) until the user picks a date of their own. */
  compareFollows: boolean;
  rhythm: TrendRhythm;
  scope: DashboardScope;
  areas: Area[];
  /** The plan's åtgärder (null until loaded) and their statuses as of the two dates, as the main process sent them. */
  actions: DashboardAction[] | null;
  statusesNow: ActionStatuses | null;
  statusesThen: ActionStatuses | null;
  /** The åtgärder with their status as of `currentAsOf` and `previousAsOf`: the dates the rows really show. */
  current: DashboardAction[];
  currentAsOf: string | null;
  previous: DashboardAction[];
  previousAsOf: string | null;
  trend: StatusTrend | null;
  changes: ChangeEntry[];
  recommendations: RecommendationsDue | null;
  loading: boolean;
  error: string | null;
  /** Loads the plan (today's date from the main process); keeps the dates chosen earlier for the same plan. */
  load: (planId: number, today: string) => Promise<void>;
  setAsOf: (date: string) => Promise<void>;
  setCompareTo: (date: string) => Promise<void>;
  setRhythm: (rhythm: TrendRhythm) => Promise<void>;
  setScope: (scope: DashboardScope) => Promise<void>;
  reload: () => Promise<void>;
}

function withStatuses(actions: DashboardAction[] | null, statuses: ActionStatuses | null): { rows: DashboardAction[]; asOf: string | null } {
  if (actions === null || statuses === null) return { rows: [], asOf: null };
  const byId = new Map(statuses.statuses.map((s) => [s.id, s]));
  return {
    rows: actions.map((a) => {
      const now = byId.get(a.id);
      return now ? { ...a, effectiveStatus: now.status, notReportedInYear: now.notReportedInYear } : a;
    }),
    asOf: statuses.asOf,
  };
}

/** Resolves after the next frame is painted (at once where there are no frames, as in unit tests). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}

// One counter per kind of answer: only the newest request of each kind may land.
const latest = { actions: 0, now: 0, then: 0, trend: 0, areas: 0, changes: 0, recommendations: 0 };
type Kind = keyof typeof latest;

interface Part { kind: Kind; request: () => Promise<unknown>; apply: (value: never) => Partial<DashboardState> }

function part<T>(kind: Kind, request: () => Promise<T>, apply: (value: T) => Partial<DashboardState>): Part {
  return { kind, request, apply: apply as (value: never) => Partial<DashboardState> };
}

export const useDashboardStore = create<DashboardState>((set, get) => {
  /**
   * Sends the requests at once and stores the answers in one update, so a new date redraws the
   * charts once, not once per answer. An answer overtaken by a newer request of its kind is dropped.
   */
  async function fetchTogether(parts: Part[]): Promise<void> {
    const tickets = parts.map((p) => ++latest[p.kind]);
    const results = await Promise.allSettled(parts.map((p) => p.request()));
    const patch: Partial<DashboardState> = {};
    results.forEach((result, i) => {
      if (tickets[i] !== latest[parts[i].kind]) return;
      if (result.status === 'fulfilled') Object.assign(patch, parts[i].apply(result.value as never));
      else patch.error = errorMessage(result.reason);
    });
    if (Object.keys(patch).length === 0) return;
    const next = { ...get(), ...patch };
    // Rows are rebuilt only when their parts changed, so unchanged charts keep their data and are not redrawn.
    if ('actions' in patch || 'statusesNow' in patch) {
      const { rows, asOf } = withStatuses(next.actions, next.statusesNow);
      Object.assign(patch, { current: rows, currentAsOf: asOf });
    }
    if ('actions' in patch || 'statusesThen' in patch) {
      const { rows, asOf } = withStatuses(next.actions, next.statusesThen);
      Object.assign(patch, { previous: rows, previousAsOf: asOf });
    }
    set(patch);
  }
  const actions = (planId: number, asOf: string) =>
    part('actions', () => api.listActions({ planId, asOf }), (rows) => ({ actions: rows.map(toDashboardAction) }));
  const now = (planId: number, asOf: string) =>
    part('now', () => api.listStatusesAsOf({ planId, asOf }), (statuses) => ({ statusesNow: statuses }));
  const then = (planId: number, compareTo: string) =>
    part('then', () => api.listStatusesAsOf({ planId, asOf: compareTo }), (statuses) => ({ statusesThen: statuses }));
  const trend = (planId: number, asOf: string) => {
    const { rhythm, scope } = get();
    return part('trend', () => api.getStatusTrend({ planId, to: asOf, rhythm, ...scope }), (value) => ({ trend: value }));
  };
  const areas = (planId: number) => part('areas', () => api.listAreas({ planId }), (value) => ({ areas: value }));
  const changes = (planId: number) =>
    part('changes', () => api.listChanges({ since: '1900-01-01', planId, limit: CHANGES_FETCHED }), (value) => ({ changes: value }));
  const recommendations = (asOf: string) => part('recommendations',
    () => api.listRecommendationsDue({ asOf, withinDays: RECOMMENDATIONS_WINDOW_DAYS }), (value) => ({ recommendations: value }));

  async function loadAll(): Promise<void> {
    const { planId, asOf, compareTo } = get();
    if (planId === null || asOf === null || compareTo === null) return;
    set({ loading: true, error: null });
    await fetchTogether([actions(planId, asOf), now(planId, asOf), then(planId, compareTo), trend(planId, asOf), areas(planId)]);
    // The change log and the recommendations only once the charts are drawn: the main process
    // (one thread) and the page then do not compete for the same cores during the first render.
    await afterPaint();
    await Promise.all([fetchTogether([changes(planId)]), fetchTogether([recommendations(asOf)])]);
    set({ loading: false });
  }

  return {
    planId: null,
    asOf: null,
    compareTo: null,
    compareFollows: true,
    rhythm: 'år',
    scope: { areaId: null, bodyId: null },
    areas: [],
    actions: null,
    statusesNow: null,
    statusesThen: null,
    current: [],
    currentAsOf: null,
    previous: [],
    previousAsOf: null,
    trend: null,
    changes: [],
    recommendations: null,
    loading: false,
    error: null,
    load: async (planId, today) => {
      if (get().planId !== planId) {
        // Another plan's rows must not show under this plan's name while it loads.
        set({
          planId, asOf: today, compareTo: addYearsIso(today, -1), compareFollows: true, areas: [], actions: null, statusesNow: null,
          statusesThen: null, current: [], currentAsOf: null, previous: [], previousAsOf: null, trend: null, changes: [], recommendations: null,
        });
      }
      await loadAll();
    },
    setAsOf: async (asOf) => {
      const { planId, compareFollows } = get();
      const compareTo = compareFollows ? addYearsIso(asOf, -1) : get().compareTo;
      set({ asOf, compareTo, error: null });
      if (planId === null || compareTo === null) return;
      await Promise.all([
        fetchTogether([now(planId, asOf), trend(planId, asOf), ...(compareFollows ? [then(planId, compareTo)] : [])]),
        fetchTogether([recommendations(asOf)]),
      ]);
    },
    setCompareTo: async (compareTo) => {
      set({ compareTo, compareFollows: false, error: null });
      const { planId } = get();
      if (planId !== null) await fetchTogether([then(planId, compareTo)]);
    },
    setRhythm: async (rhythm) => {
      set({ rhythm });
      const { planId, asOf } = get();
      if (planId !== null && asOf !== null) await fetchTogether([trend(planId, asOf)]);
    },
    setScope: async (scope) => {
      const before = get().scope;
      if (before.areaId === scope.areaId && before.bodyId === scope.bodyId) return;
      set({ scope });
      const { planId, asOf } = get();
      if (planId !== null && asOf !== null) await fetchTogether([trend(planId, asOf)]);
    },
    reload: loadAll,
  };
});

// Ctrl+Z or a write elsewhere may have changed anything: show the file as it now is.
onFileChanged(() => useDashboardStore.getState().reload());
