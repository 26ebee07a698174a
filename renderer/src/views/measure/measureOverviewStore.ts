import { create } from 'zustand';
import type { MeasureOverview } from '../../../../shared/domain/measure';
import { api, errorMessage } from '../../api/client';
import { onFileChanged } from '../../stores/undoStore';

/** Every mått of the plan judged as of Översikt's date: the Mått panel's data, reloaded after any change. */
interface MeasureOverviewState {
  overview: MeasureOverview | null;
  planId: number | null;
  asOf: string | null;
  error: string | null;
  load: (planId: number, asOf: string) => Promise<void>;
}

let latestLoad = 0;

export const useMeasureOverviewStore = create<MeasureOverviewState>((set) => ({
  overview: null,
  planId: null,
  asOf: null,
  error: null,
  load: async (planId, asOf) => {
    const request = ++latestLoad;
    set({ planId, asOf });
    try {
      const overview = await api.getMeasureOverview({ planId, asOf });
      if (request === latestLoad) set({ overview, error: null });
    } catch (error) {
      if (request === latestLoad) set({ error: errorMessage(error) });
    }
  },
}));

onFileChanged(() => {
  const { planId, asOf, load } = useMeasureOverviewStore.getState();
  return planId !== null && asOf !== null ? load(planId, asOf) : undefined;
});
