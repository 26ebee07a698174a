import type { CallInput } from '@shared/api/contract';
import type { Area, DeleteImpact, Plan } from '@shared/domain/types';
import { api } from '../api/client';
import { write } from '../data/write';

type PlanPatch = CallInput<'updatePlan'>['patch'];
type AreaPatch = CallInput<'updateArea'>['patch'];

/**
 * Writes to a plan and its områden. What they show is read through the cache (usePlanData in
 * data/planReads.ts), which each write's answer refreshes. Writes throw ApiError so forms can
 * show the main process's Swedish messages per field.
 */
export const planWrites = {
  updatePlan: (id: number, patch: PlanPatch, version?: number): Promise<Plan> => write('updatePlan', { id, version, patch }),
  createArea: (planId: number, input: { name: string; description: string }): Promise<Area> => write('createArea', { planId, ...input }),
  updateArea: (id: number, patch: AreaPatch, version?: number): Promise<Area> => write('updateArea', { id, version, patch }),
  /** Moves an område one step up (-1) or down (+1) in the plan's order (`areas` as shown). */
  moveArea: async (areas: Area[], id: number, step: -1 | 1): Promise<void> => {
    const index = areas.findIndex((a) => a.id === id);
    const position = index + step;
    if (index < 0 || position < 0 || position >= areas.length) return;
    await write('updateArea', { id, patch: { position } });
  },
  deleteArea: async (id: number): Promise<void> => {
    await write('deleteArea', { id });
  },
  deleteImpact: (entity: 'plan' | 'area', id: number): Promise<DeleteImpact> => api.getDeleteImpact({ entity, id }),
};
