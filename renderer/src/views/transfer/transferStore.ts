import { create } from 'zustand';
import { isClosed } from '../../../../shared/domain/status';
import { api, errorMessage } from '../../api/client';
import { onFileChanged } from '../../stores/undoStore';

/** A nämnd that can get an underlag: how many åtgärder it is responsible for, and how many are still open. */
export interface UnderlagBody {
  id: number;
  name: string;
  actions: number;
  open: number;
}

interface TransferState {
  planId: number | null;
  bodies: UnderlagBody[];
  error: string | null;
  load: (planId: number) => Promise<void>;
}

export const useTransferStore = create<TransferState>((set) => ({
  planId: null,
  bodies: [],
  error: null,
  load: async (planId) => {
    try {
      const actions = await api.listActions({ planId });
      const byBody = new Map<number, UnderlagBody>();
      for (const action of actions) {
        for (const r of action.responsible) {
          const body = byBody.get(r.bodyId) ?? { id: r.bodyId, name: r.bodyName, actions: 0, open: 0 };
          body.actions++;
          if (!isClosed(action.latestStatus)) body.open++;
          byBody.set(r.bodyId, body);
        }
      }
      const bodies = [...byBody.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
      set({ planId, bodies, error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
}));

onFileChanged(() => {
  const { planId, load } = useTransferStore.getState();
  return planId === null ? undefined : load(planId);
});
