import { useMemo } from 'react';
import type { ActionStatuses, StatusTrend } from '@shared/domain/dashboard';
import type { RecommendationsDue } from '@shared/domain/recommendationsDue';
import type { Area, ChangeEntry } from '@shared/domain/types';
import { firstError } from '@renderer/data/results';
import { useCall } from '@renderer/data/useCall';
import { CHANGES_FETCHED, RECOMMENDATIONS_WINDOW_DAYS, toDashboardAction, useDashboardStore, type DashboardAction } from '@renderer/stores/dashboardStore';

export interface DashboardData {
  /** The åtgärder with their status as of `currentAsOf` and `previousAsOf`: the dates the rows really show. */
  current: DashboardAction[];
  currentAsOf: string | null;
  previous: DashboardAction[];
  previousAsOf: string | null;
  areas: Area[];
  trend: StatusTrend | null;
  changes: ChangeEntry[];
  recommendations: RecommendationsDue | null;
  error: string | null;
}

const NONE: DashboardAction[] = [];

function withStatuses(actions: DashboardAction[] | null, statuses: ActionStatuses | undefined): { rows: DashboardAction[]; asOf: string | null } {
  if (actions === null || statuses === undefined) return { rows: NONE, asOf: null };
  const byId = new Map(statuses.statuses.map((s) => [s.id, s]));
  return {
    rows: actions.map((a) => {
      const now = byId.get(a.id);
      return now ? { ...a, effectiveStatus: now.status, notReportedInYear: now.notReportedInYear } : a;
    }),
    asOf: statuses.asOf,
  };
}

/**
 * Översikt's and presentationsläge's data for the choices in the dashboard store, all through the
 * cache: the plan's åtgärder once (as of the day it was opened), their statuses as of "Per datum"
 * and "Jämför med", the trend, the områden; the change log and the recommendations due only once
 * the charts have their data, so the main process and the page do not compete during the first
 * render. A new date keeps the previous answer on screen until the new one arrives.
 * `withRecommendations: false`: the caller does not show them, so their answer does not redraw it
 * (the query only re-renders for the parts of its result a component reads).
 */
export function useDashboardData({ withRecommendations = true }: { withRecommendations?: boolean } = {}): DashboardData {
  const { planId, openedOn, asOf, compareTo, rhythm, scope } = useDashboardStore();
  const ready = planId !== null && openedOn !== null && asOf !== null && compareTo !== null;
  const keep = { keepPrevious: true };
  const actions = useCall('listActions', ready ? { planId, asOf: openedOn } : null);
  const now = useCall('listStatusesAsOf', ready ? { planId, asOf } : null, keep);
  const then = useCall('listStatusesAsOf', ready ? { planId, asOf: compareTo } : null, keep);
  const trend = useCall('getStatusTrend', ready ? { planId, to: asOf, rhythm, ...scope } : null, keep);
  const areas = useCall('listAreas', ready ? { planId } : null);
  const drawn = actions.data !== undefined && now.data !== undefined && trend.data !== undefined;
  const changes = useCall('listChanges', ready && drawn ? { since: '1900-01-01', planId, limit: CHANGES_FETCHED } : null);
  const recommendations = useCall('listRecommendationsDue', ready && drawn ? { asOf, withinDays: RECOMMENDATIONS_WINDOW_DAYS } : null, keep);

  const rows = useMemo(() => actions.data?.map(toDashboardAction) ?? null, [actions.data]);
  const current = useMemo(() => withStatuses(rows, now.data), [rows, now.data]);
  const previous = useMemo(() => withStatuses(rows, then.data), [rows, then.data]);
  return {
    current: current.rows,
    currentAsOf: current.asOf,
    previous: previous.rows,
    previousAsOf: previous.asOf,
    areas: areas.data ?? [],
    trend: trend.data ?? null,
    changes: changes.data ?? [],
    recommendations: withRecommendations ? (recommendations.data ?? null) : null,
    error: firstError(actions, now, then, trend, areas, changes, ...(withRecommendations ? [recommendations] : [])),
  };
}
