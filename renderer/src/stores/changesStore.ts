import { create } from 'zustand';
import type { ChangeEntry } from '../../../shared/domain/types';
import { api, errorMessage } from '../api/client';
import { onFileChanged } from './undoStore';

/** The API's ceiling per call; reaching it means older changes were left out. */
export const CHANGES_LIMIT = 5000;

/** The change log of one plan since a date: what Sedan senast shows. */
interface ChangesState {
  planId: number | null;
  since: string | null;
  changes: ChangeEntry[];
  truncated: boolean;
  loading: boolean;
  error: string | null;
  load: (planId: number, since: string) => Promise<void>;
}

let latestRequest = 0;

export const useChangesStore = create<ChangesState>((set) => ({
  planId: null,
  since: null,
  changes: [],
  truncated: false,
  loading: false,
  error: null,
  load: async (planId, since) => {
    const request = ++latestRequest;
    set({ loading: true });
    try {
      const changes = await api.listChanges({ since, planId, limit: CHANGES_LIMIT });
      if (request === latestRequest) {
        set({ planId, since, changes, truncated: changes.length >= CHANGES_LIMIT, loading: false, error: null });
      }
    } catch (error) {
      if (request === latestRequest) set({ loading: false, error: errorMessage(error) });
    }
  },
}));

onFileChanged(() => {
  const { planId, since, load } = useChangesStore.getState();
  return planId === null || since === null ? undefined : load(planId, since);
});
