import { useMemo } from 'react';
import type { ActionStatusRow, Area } from '@shared/domain/types';
import { filterActions, groupByArea, isFilterActive, sortActions, type ActionGroup } from '@renderer/filters/actionFilter';
import { useFilterStore } from '@renderer/stores/filterStore';
import { usePlanData } from '@renderer/data/planReads';
import { useSelectedPlan } from '@renderer/stores/appStore';
import { useToday } from '@renderer/hooks/useToday';

export interface PlanList {
  areas: Area[];
  /** Every åtgärd in the plan, as loaded. */
  actions: ActionStatusRow[];
  /** The åtgärder that match the filter, in the chosen order. */
  matching: ActionStatusRow[];
  /** What is rendered: at most `limit` rows, under their områden. */
  groups: ActionGroup<Area>[];
  filterActive: boolean;
}

/** The plan list as the filter and sort order in filterStore make it; recomputed only when one of them changes. */
export function usePlanList(): PlanList {
  const { areas, actions } = usePlanData(useSelectedPlan()?.id ?? null);
  const filter = useFilterStore((s) => s.filter);
  const order = useFilterStore((s) => s.order);
  const limit = useFilterStore((s) => s.limit);
  const today = useToday();
  const filterActive = isFilterActive(filter);
  const matching = useMemo(
    () => sortActions(filterActions(actions, filter, today), order, areas.map((a) => a.id)),
    [actions, filter, today, order, areas],
  );
  // Unfiltered and all on one page: empty områden are shown too, so the plan's outline is complete.
  const groups = useMemo(
    () => groupByArea(matching, areas, limit, !filterActive && matching.length <= limit),
    [matching, areas, limit, filterActive],
  );
  return { areas, actions, matching, groups, filterActive };
}
