import { create } from 'zustand';
import type { CallInput } from '@shared/api/contract';
import type { Action, DeleteImpact, StatusReport } from '@shared/domain/types';
import { api } from '../api/client';
import { write } from '../data/write';

type ActionInput = CallInput<'createAction'>;
type ActionPatch = CallInput<'updateAction'>['patch'];
type ReportInput = CallInput<'createStatusReport'>;

/**
 * UI state around the åtgärd open in the plan view. What it shows is read through the cache
 * (useActionDetail in data/actionReads.ts), which each write's answer refreshes.
 */
interface ActionState {
  /** The row the plan list should focus when it is shown again. */
  returnFocusTo: number | null;
  /** "Rapporterad av" of the last report saved in this session: usually the same person. */
  lastReportedBy: string;
  setReturnFocus: (actionId: number | null) => void;
  setLastReportedBy: (name: string) => void;
}

export const useActionStore = create<ActionState>((set) => ({
  returnFocusTo: null,
  lastReportedBy: '',
  setReturnFocus: (actionId) => set({ returnFocusTo: actionId }),
  setLastReportedBy: (lastReportedBy) => set({ lastReportedBy }),
}));

/** Writes to åtgärder, lägesrapporter and (deleting) mötesanteckningar; each throws ApiError for the form. */
export const actionWrites = {
  createAction: (input: ActionInput): Promise<Action> => write('createAction', input),
  /** `version`: the one the form loaded (server mode refuses a save on top of a newer one). */
  updateAction: (id: number, patch: ActionPatch, version?: number): Promise<Action> => write('updateAction', { id, version, patch }),
  deleteAction: async (id: number): Promise<void> => {
    await write('deleteAction', { id });
  },
  createStatusReport: async (input: ReportInput): Promise<StatusReport> => {
    const report = await write('createStatusReport', input);
    useActionStore.getState().setLastReportedBy(input.reportedBy ?? '');
    return report;
  },
  deleteStatusReport: async (id: number): Promise<void> => {
    await write('deleteStatusReport', { id });
  },
  deleteMeetingNote: async (id: number): Promise<void> => {
    await write('deleteMeetingNote', { id });
  },
  deleteImpact: (entity: 'action' | 'status_report', id: number): Promise<DeleteImpact> => api.getDeleteImpact({ entity, id }),
};
