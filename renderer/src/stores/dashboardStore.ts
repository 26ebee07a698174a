import { create } from 'zustand';
import { addYearsIso } from '@shared/dates';
import type { TrendRhythm } from '@shared/domain/dashboard';
import type { ActionStatusRow } from '@shared/domain/types';

/**
 * Översikt's and presentationsläge's choices: which plan, "Per datum", "Jämför med", the trend's
 * rhythm and the nämnd/område filter. The data they select is read through the cache
 * (views/dashboard/useDashboardData.ts).
 */
export interface DashboardScope {
  areaId: number | null;
  bodyId: number | null;
}

/** What the dashboard needs of an åtgärd: where it belongs, who answers for it, and its status as of a date. */
export type DashboardAction = Pick<ActionStatusRow, 'id' | 'number' | 'title' | 'areaId' | 'areaName' | 'deadline' | 'responsible' | 'effectiveStatus'
  | 'notReportedInYear'>;

export function toDashboardAction(row: ActionStatusRow): DashboardAction {
  const { id, number, title, areaId, areaName, deadline, responsible, effectiveStatus, notReportedInYear } = row;
  return { id, number, title, areaId, areaName, deadline, responsible, effectiveStatus, notReportedInYear };
}

/** How many changes are fetched; the view shows the newest of them that match the filter. */
export const CHANGES_FETCHED = 200;
/** Recommendations whose answer is due within this many days count as due. */
export const RECOMMENDATIONS_WINDOW_DAYS = 90;

interface DashboardState {
  planId: number | null;
  /** The date the plan was opened on: its åtgärder are read once, as of then; a new date reads only statuses. */
  openedOn: string | null;
  asOf: string | null;
  compareTo: string | null;
  /** "Jämför med" follows "Per datum" (one year earlier) until the user picks a date of their own. */
  compareFollows: boolean;
  rhythm: TrendRhythm;
  scope: DashboardScope;
  /** Shows the plan (today's date from the main process); keeps the dates chosen earlier for the same plan. */
  forPlan: (planId: number, today: string) => void;
  setAsOf: (date: string) => void;
  setCompareTo: (date: string) => void;
  setRhythm: (rhythm: TrendRhythm) => void;
  setScope: (scope: DashboardScope) => void;
}

export const useDashboardStore = create<DashboardState>((set, get) => ({
  planId: null,
  openedOn: null,
  asOf: null,
  compareTo: null,
  compareFollows: true,
  rhythm: 'år',
  scope: { areaId: null, bodyId: null },
  forPlan: (planId, today) => {
    if (get().planId === planId) return;
    set({ planId, openedOn: today, asOf: today, compareTo: addYearsIso(today, -1), compareFollows: true });
  },
  setAsOf: (asOf) => {
    const { compareFollows, compareTo } = get();
    set({ asOf, compareTo: compareFollows ? addYearsIso(asOf, -1) : compareTo });
  },
  setCompareTo: (compareTo) => set({ compareTo, compareFollows: false }),
  setRhythm: (rhythm) => set({ rhythm }),
  setScope: (scope) => {
    const before = get().scope;
    if (before.areaId !== scope.areaId || before.bodyId !== scope.bodyId) set({ scope });
  },
}));
