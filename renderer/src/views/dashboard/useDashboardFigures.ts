import { useMemo } from 'react';
import { useDashboardData } from './useDashboardData';
import { byName, groupByArea, groupByBody, inScope, keyFigures, largestGroups, overdue, type Scope } from './model';

/** At most this many nämnder are drawn; the table has them all. */
export const CHART_BODIES = 20;

/** The nämnder responsible for something in the plan: the only ones a filter can find. */
function bodiesOf(rows: { responsible: { bodyId: number; bodyName: string }[] }[]): { id: number; name: string }[] {
  const names = new Map<number, string>();
  for (const row of rows) for (const r of row.responsible) names.set(r.bodyId, r.bodyName);
  return [...names].map(([id, name]) => ({ id, name })).sort((a, b) => byName.compare(a.name, b.name));
}

/**
 * Översikt's figures from the dashboard store's rows, within the nämnd and område filter.
 * One memo per figure: a new Jämför med must not redraw the charts of Per datum.
 */
export function useDashboardFigures(scope: Scope) {
  const { current, previous, currentAsOf, previousAsOf, areas } = useDashboardData({ withRecommendations: false });
  const rows = useMemo(() => inScope(current, scope), [current, scope]);
  const before = useMemo(() => inScope(previous, scope), [previous, scope]);
  const byBody = useMemo(() => groupByBody(rows, scope), [rows, scope]);
  return {
    rows,
    now: useMemo(() => (currentAsOf ? keyFigures(rows, currentAsOf) : null), [rows, currentAsOf]),
    before: useMemo(() => (previousAsOf ? keyFigures(before, previousAsOf) : null), [before, previousAsOf]),
    byArea: useMemo(() => groupByArea(rows, areas, scope), [rows, areas, scope]),
    byAreaBefore: useMemo(() => new Map(groupByArea(before, areas, scope).map((g) => [g.id, g])), [before, areas, scope]),
    byBody,
    byBodyChart: useMemo(() => largestGroups(byBody, CHART_BODIES), [byBody]),
    byBodyBefore: useMemo(() => new Map(groupByBody(before, scope).map((g) => [g.id, g])), [before, scope]),
    late: useMemo(() => overdue(rows), [rows]),
    bodies: useMemo(() => bodiesOf(current), [current]),
  };
}
