import { create } from 'zustand';
import type { CallInput } from '../../../shared/api/contract';
import type { PlanRevision, RevisionStatus } from '../../../shared/domain/planRevision';
import { api, errorMessage } from '../api/client';
import { afterWrite, onFileChanged } from './undoStore';

/**
 * One plan's revision history and when the next revision is due (as of today). Writes throw the
 * ApiError so the form can show the Swedish message beside its field; Ctrl+Z reverses them.
 */
interface RevisionState {
  planId: number | null;
  revisions: PlanRevision[];
  status: RevisionStatus | null;
  error: string | null;
  load: (planId: number) => Promise<void>;
  create: (input: CallInput<'createRevision'>) => Promise<PlanRevision>;
  remove: (revision: PlanRevision) => Promise<void>;
}

let latestLoad = 0;

export const useRevisionStore = create<RevisionState>((set, get) => {
  const written = async (planId: number) => {
    await Promise.all([afterWrite(), get().load(planId)]);
  };
  return {
    planId: null,
    revisions: [],
    status: null,
    error: null,
    load: async (planId) => {
      const request = ++latestLoad;
      if (get().planId !== planId) set({ planId, revisions: [], status: null });
      try {
        const [revisions, status] = await Promise.all([api.listRevisions({ planId }), api.getRevisionStatus({ planId })]);
        if (request === latestLoad) set({ revisions, status, error: null });
      } catch (error) {
        if (request === latestLoad) set({ error: errorMessage(error) });
      }
    },
    create: async (input) => {
      const revision = await api.createRevision(input);
      await written(revision.planId);
      return revision;
    },
    remove: async (revision) => {
      await api.deleteRevision({ id: revision.id });
      await written(revision.planId);
    },
  };
});

onFileChanged(() => {
  const { planId, load } = useRevisionStore.getState();
  return planId === null ? undefined : load(planId);
});
