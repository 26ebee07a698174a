import { create } from 'zustand';
import type { MeasureWithValues } from '../../../../shared/domain/measure';
import { api } from '../../api/client';
import { onFileChanged } from '../../stores/undoStore';

/** Every mått of a plan with its utfall: what the presentation's mått slides draw. Loaded on first use. */
interface PlanMeasuresState {
  planId: number | null;
  measures: MeasureWithValues[];
  load: (planId: number) => Promise<void>;
}

let latestLoad = 0;

export const usePlanMeasuresStore = create<PlanMeasuresState>((set) => ({
  planId: null,
  measures: [],
  load: async (planId) => {
    const request = ++latestLoad;
    set((s) => (s.planId === planId ? {} : { planId, measures: [] }));
    try {
      const measures = await api.listMeasures({ planId });
      if (request === latestLoad) set({ measures });
    } catch {
      // The slides are drawn without mått rather than not at all.
    }
  },
}));

onFileChanged(() => {
  const { planId, load } = usePlanMeasuresStore.getState();
  return planId === null ? undefined : load(planId);
});
