import { create } from 'zustand';
import { EMPTY_FILTER, PLAN_ORDER, type ActionFilter, type SortKey, type SortOrder } from '../filters/actionFilter';

/** How many rows the plan list renders at a time; "Visa fler" adds as many again. */
export const PAGE_SIZE = 200;

/**
 * The plan list's filter, sort order and page. A store of its own (not component state) so
 * the filter the strateg set survives a trip to another view and back.
 */
interface FilterState {
  planId: number | null;
  filter: ActionFilter;
  order: SortOrder;
  limit: number;
  /** Called when a plan is shown; an område filter from another plan would match nothing, so it goes. */
  forPlan: (planId: number) => void;
  setFilter: (patch: Partial<ActionFilter>) => void;
  clear: () => void;
  /** A new column sorts ascending; the same column again flips the direction. */
  sortBy: (key: SortKey) => void;
  showMore: () => void;
}

export const useFilterStore = create<FilterState>((set, get) => ({
  planId: null,
  filter: EMPTY_FILTER,
  order: PLAN_ORDER,
  limit: PAGE_SIZE,
  forPlan: (planId) => {
    if (get().planId === planId) return;
    set((s) => ({ planId, filter: { ...s.filter, areaId: null }, limit: PAGE_SIZE }));
  },
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch }, limit: PAGE_SIZE })),
  clear: () => set({ filter: EMPTY_FILTER, limit: PAGE_SIZE }),
  sortBy: (key) => set((s) => ({
    order: { key, direction: s.order.key === key && s.order.direction === 'ascending' ? 'descending' : 'ascending' },
  })),
  showMore: () => set((s) => ({ limit: s.limit + PAGE_SIZE })),
}));
