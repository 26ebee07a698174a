import { create } from 'zustand';
import type { RecommendationsDue } from '../../../../shared/domain/recommendationsDue';
import { api, errorMessage } from '../../api/client';
import { onFileChanged } from '../../stores/undoStore';

/** The dashboard's view of the nämndernas svar: open recommendations and answers due within 30 days. */
export const DUE_WITHIN_DAYS = 30;

interface RecommendationsDueState {
  due: RecommendationsDue | null;
  error: string | null;
  load: () => Promise<void>;
}

export const useRecommendationsDueStore = create<RecommendationsDueState>((set) => ({
  due: null,
  error: null,
  load: async () => {
    try {
      set({ due: await api.listRecommendationsDue({ withinDays: DUE_WITHIN_DAYS }), error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
}));

// Reload after any write or undo, once something has shown it.
onFileChanged(() => (useRecommendationsDueStore.getState().due ? useRecommendationsDueStore.getState().load() : undefined));
