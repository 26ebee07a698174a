import { create } from 'zustand';
import type { ActionStatusRow, Area, StatusSummary } from '../../../shared/domain/types';
import { api, errorMessage } from '../api/client';

/** One plan's områden, åtgärder with current status, and the status summary. */
interface PlanState {
  planId: number | null;
  areas: Area[];
  actions: ActionStatusRow[];
  summary: StatusSummary | null;
  loading: boolean;
  error: string | null;
  load: (planId: number) => Promise<void>;
}

export const usePlanStore = create<PlanState>((set) => ({
  planId: null,
  areas: [],
  actions: [],
  summary: null,
  loading: false,
  error: null,
  load: async (planId) => {
    set({ loading: true, planId });
    try {
      const [areas, actions, summary] = await Promise.all([
        api.listAreas({ planId }),
        api.listActions({ planId }),
        api.getStatusSummary({ planId }),
      ]);
      set({ areas, actions, summary, loading: false, error: null });
    } catch (error) {
      set({ loading: false, error: errorMessage(error) });
    }
  },
}));
