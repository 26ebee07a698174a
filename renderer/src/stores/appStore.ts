import { create } from 'zustand';
import type { AppInfo, Plan } from '../../../shared/domain/types';
import { api, errorMessage } from '../api/client';

/** The open file and its plans; which plan the user is looking at. */
interface AppState {
  info: AppInfo | null;
  plans: Plan[];
  selectedPlanId: number | null;
  error: string | null;
  load: () => Promise<void>;
  /** Reads AppInfo again: whether the file can still be written here, and any alert about it. */
  refreshInfo: () => Promise<void>;
  selectPlan: (id: number) => void;
}

export const useAppStore = create<AppState>((set, get) => ({
  info: null,
  plans: [],
  selectedPlanId: null,
  error: null,
  load: async () => {
    try {
      const [info, plans] = await Promise.all([api.getAppInfo({}), api.listPlans({})]);
      const current = get().selectedPlanId;
      const selectedPlanId = plans.some((p) => p.id === current) ? current : (plans[0]?.id ?? null);
      set({ info, plans, selectedPlanId, error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  refreshInfo: async () => {
    try {
      const info = await api.getAppInfo({});
      if (JSON.stringify(info) !== JSON.stringify(get().info)) set({ info });
    } catch {
      // The next poll tries again; load() reports a file that cannot be read.
    }
  },
  selectPlan: (id) => set({ selectedPlanId: id }),
}));

export function useSelectedPlan(): Plan | null {
  return useAppStore((s) => s.plans.find((p) => p.id === s.selectedPlanId) ?? null);
}
