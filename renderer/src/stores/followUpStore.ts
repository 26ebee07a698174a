import { create } from 'zustand';
import type { ActionStatusRow, BodyActivity } from '../../../shared/domain/types';
import { api, errorMessage } from '../api/client';
import { onFileChanged } from './undoStore';

/**
 * What the follow-up views (Att göra, Deadlines, Nämnder, Uppföljningsbarhet) read for one plan:
 * its åtgärder with status as of today, when each nämnd last reported, and "today" as the main
 * process sees it, so day counts agree with the Försenad status it computed.
 */
interface FollowUpState {
  planId: number | null;
  today: string | null;
  actions: ActionStatusRow[];
  activity: BodyActivity[];
  loading: boolean;
  error: string | null;
  load: (planId: number) => Promise<void>;
}

/** Only the newest request may write: switching plans quickly must not show the older plan's answer. */
let latestRequest = 0;

export const useFollowUpStore = create<FollowUpState>((set) => ({
  planId: null,
  today: null,
  actions: [],
  activity: [],
  loading: false,
  error: null,
  load: async (planId) => {
    const request = ++latestRequest;
    set({ loading: true });
    try {
      const [info, actions, activity] = await Promise.all([
        api.getAppInfo({}), api.listActions({ planId }), api.listBodyActivity({ planId }),
      ]);
      if (request === latestRequest) set({ planId, today: info.today, actions, activity, loading: false, error: null });
    } catch (error) {
      if (request === latestRequest) set({ loading: false, error: errorMessage(error) });
    }
  },
}));

onFileChanged(() => {
  const { planId, load } = useFollowUpStore.getState();
  return planId === null ? undefined : load(planId);
});

/** True once the store holds this plan's data (not a previous plan's, not nothing). */
export function useFollowUpReady(planId: number): boolean {
  return useFollowUpStore((s) => s.planId === planId && s.today !== null);
}
