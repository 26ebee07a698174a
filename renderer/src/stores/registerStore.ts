import { create } from 'zustand';
import type { Audit, Body } from '../../../shared/domain/types';
import { api, errorMessage } from '../api/client';

/** Records that belong to the file rather than a plan: nämnder and granskningar. */
interface RegisterState {
  bodies: Body[];
  audits: Audit[];
  error: string | null;
  load: () => Promise<void>;
}

export const useRegisterStore = create<RegisterState>((set) => ({
  bodies: [],
  audits: [],
  error: null,
  load: async () => {
    try {
      const [bodies, audits] = await Promise.all([api.listBodies({}), api.listAudits({})]);
      set({ bodies, audits, error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
}));
