import { create } from 'zustand';
import type { AuditDetail } from '../../../shared/domain/types';
import { api, errorMessage } from '../api/client';
import { onFileChanged } from './undoStore';

/** Every granskning with its rekommendationer and the nämndernas svar: what Att göra checks for missing answers. */
interface AuditAnswerState {
  audits: AuditDetail[];
  loaded: boolean;
  error: string | null;
  load: () => Promise<void>;
}

export const useAuditAnswerStore = create<AuditAnswerState>((set) => ({
  audits: [],
  loaded: false,
  error: null,
  load: async () => {
    try {
      const list = await api.listAudits({});
      const audits = await Promise.all(list.map((a) => api.getAudit({ id: a.id })));
      set({ audits, loaded: true, error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
}));

onFileChanged(() => useAuditAnswerStore.getState().load());
