import { create } from 'zustand';
import type { CallInput } from '../../../shared/api/contract';
import type { ActionStatusRow, Area, DeleteImpact, Plan, StatusSummary } from '../../../shared/domain/types';
import { api, errorMessage } from '../api/client';
import { useAppStore } from './appStore';
import { afterWrite, onFileChanged } from './undoStore';

type PlanPatch = CallInput<'updatePlan'>['patch'];
type AreaPatch = CallInput<'updateArea'>['patch'];

/**
 * One plan's områden, åtgärder with current status, and the status summary; and the writes to
 * the plan and its områden. Every write reloads from the API: the file is the only truth.
 * Writes throw ApiError so forms can show the main process's Swedish messages per field.
 */
interface PlanState {
  planId: number | null;
  areas: Area[];
  actions: ActionStatusRow[];
  summary: StatusSummary | null;
  loading: boolean;
  error: string | null;
  load: (planId: number) => Promise<void>;
  /** Loads the current plan again (after a write, an undo, or a write in another view). */
  reload: () => Promise<void>;
  updatePlan: (id: number, patch: PlanPatch) => Promise<Plan>;
  createArea: (input: { name: string; description: string }) => Promise<Area>;
  updateArea: (id: number, patch: AreaPatch) => Promise<Area>;
  /** Moves an område one step up (-1) or down (+1) in the plan's order. */
  moveArea: (id: number, step: -1 | 1) => Promise<void>;
  deleteArea: (id: number) => Promise<void>;
  deleteImpact: (entity: 'plan' | 'area', id: number) => Promise<DeleteImpact>;
}

// Views load on mount and writes reload; only the newest answer may land.
let latestLoad = 0;

export const usePlanStore = create<PlanState>((set, get) => {
  const requirePlan = (): number => {
    const { planId } = get();
    if (planId === null) throw new Error('Ingen plan är vald.');
    return planId;
  };
  const written = async (): Promise<void> => {
    await Promise.all([afterWrite(), get().reload()]);
  };
  return {
    planId: null,
    areas: [],
    actions: [],
    summary: null,
    loading: false,
    error: null,
    load: async (planId) => {
      const request = ++latestLoad;
      // Another plan's rows must not show under this plan's name while it loads.
      if (get().planId !== planId) set({ areas: [], actions: [], summary: null });
      set({ loading: true, planId });
      try {
        const [areas, actions, summary] = await Promise.all([
          api.listAreas({ planId }),
          api.listActions({ planId }),
          api.getStatusSummary({ planId }),
        ]);
        if (request === latestLoad) set({ areas, actions, summary, loading: false, error: null });
      } catch (error) {
        if (request === latestLoad) set({ loading: false, error: errorMessage(error) });
      }
    },
    reload: async () => {
      const { planId } = get();
      if (planId !== null) await get().load(planId);
    },
    updatePlan: async (id, patch) => {
      const plan = await api.updatePlan({ id, patch });
      // The plan record itself lives in the app store (the plan picker shows its name).
      await Promise.all([written(), useAppStore.getState().load()]);
      return plan;
    },
    createArea: async (input) => {
      const area = await api.createArea({ planId: requirePlan(), ...input });
      await written();
      return area;
    },
    updateArea: async (id, patch) => {
      const area = await api.updateArea({ id, patch });
      await written();
      return area;
    },
    moveArea: async (id, step) => {
      const index = get().areas.findIndex((a) => a.id === id);
      const position = index + step;
      if (index < 0 || position < 0 || position >= get().areas.length) return;
      await api.updateArea({ id, patch: { position } });
      await written();
    },
    deleteArea: async (id) => {
      await api.deleteArea({ id });
      await written();
    },
    deleteImpact: (entity, id) => api.getDeleteImpact({ entity, id }),
  };
});

// Ctrl+Z may have changed anything in the file: show it as it now is.
onFileChanged(() => Promise.all([usePlanStore.getState().reload(), useAppStore.getState().load()]).then(() => undefined));
