import { create } from 'zustand';
import type { CallInput } from '../../../shared/api/contract';
import type { MeetingNote } from '../../../shared/domain/dashboard';
import type { Action, ChangeEntry, DeleteImpact, Source, StatusReport } from '../../../shared/domain/types';
import { api, ApiError, errorMessage } from '../api/client';
import { useMeetingNoteStore } from './meetingNoteStore';
import { usePlanStore } from './planStore';
import { afterWrite, onFileChanged } from './undoStore';

type ActionInput = CallInput<'createAction'>;
type ActionPatch = CallInput<'updateAction'>['patch'];
type ReportInput = CallInput<'createStatusReport'>;

/**
 * The åtgärd open in the plan view: its record, status history, meeting notes, own change log
 * and the källor a report can cite; and the writes to åtgärder, lägesrapporter and (deleting)
 * mötesanteckningar. After each write
 * the open åtgärd and the plan list are reloaded from the API.
 */
interface ActionState {
  actionId: number | null;
  action: Action | null;
  reports: StatusReport[];
  /** Mötesanteckningar about this åtgärd, newest meeting first (written in presentation mode). */
  notes: MeetingNote[];
  changes: ChangeEntry[];
  sources: Source[];
  loading: boolean;
  /** Set when the open åtgärd no longer exists (deleted, or its creation undone). */
  missing: boolean;
  error: string | null;
  /** The row the plan list should focus when it is shown again. */
  returnFocusTo: number | null;
  /** "Rapporterad av" of the last report saved in this session: usually the same person. */
  lastReportedBy: string;
  load: (actionId: number) => Promise<void>;
  reload: () => Promise<void>;
  /** The detail was left: nothing is open, so an undo need not reload it. */
  close: () => void;
  setReturnFocus: (actionId: number | null) => void;
  createAction: (input: ActionInput) => Promise<Action>;
  updateAction: (id: number, patch: ActionPatch) => Promise<Action>;
  deleteAction: (id: number) => Promise<void>;
  createStatusReport: (input: ReportInput) => Promise<StatusReport>;
  deleteStatusReport: (id: number) => Promise<void>;
  deleteMeetingNote: (id: number) => Promise<void>;
  deleteImpact: (entity: 'action' | 'status_report', id: number) => Promise<DeleteImpact>;
}

/** Since the beginning: an åtgärd's whole log, not "since last meeting". */
const WHOLE_LOG = '1900-01-01';
let latestLoad = 0;

export const useActionStore = create<ActionState>((set, get) => {
  const written = async (): Promise<void> => {
    await Promise.all([afterWrite(), get().reload(), usePlanStore.getState().reload()]);
  };
  return {
    actionId: null,
    action: null,
    reports: [],
    notes: [],
    changes: [],
    sources: [],
    loading: false,
    missing: false,
    error: null,
    returnFocusTo: null,
    lastReportedBy: '',
    load: async (actionId) => {
      const request = ++latestLoad;
      if (get().actionId !== actionId) set({ action: null, reports: [], notes: [], changes: [], missing: false });
      set({ actionId, loading: true });
      try {
        const [action, reports, notes, changes, sources] = await Promise.all([
          api.getAction({ id: actionId }),
          api.listStatusReports({ actionId }),
          api.listMeetingNotes({ actionId }),
          api.listChanges({ since: WHOLE_LOG, actionId }),
          api.listSources({}),
        ]);
        if (request === latestLoad) set({ action, reports, notes, changes, sources, loading: false, missing: false, error: null });
      } catch (error) {
        if (request !== latestLoad) return;
        const missing = error instanceof ApiError && error.kind === 'not_found';
        set({ loading: false, missing, error: missing ? null : errorMessage(error), ...(missing ? { action: null, reports: [], notes: [], changes: [] } : {}) });
      }
    },
    reload: async () => {
      const { actionId } = get();
      if (actionId !== null) await get().load(actionId);
    },
    close: () => {
      latestLoad++;
      set({ actionId: null, action: null, reports: [], notes: [], changes: [], loading: false, missing: false, error: null });
    },
    setReturnFocus: (actionId) => set({ returnFocusTo: actionId }),
    createAction: async (input) => {
      const action = await api.createAction(input);
      await Promise.all([afterWrite(), usePlanStore.getState().reload()]);
      return action;
    },
    updateAction: async (id, patch) => {
      const action = await api.updateAction({ id, patch });
      await written();
      return action;
    },
    deleteAction: async (id) => {
      await api.deleteAction({ id });
      await written();
    },
    createStatusReport: async (input) => {
      const report = await api.createStatusReport(input);
      set({ lastReportedBy: input.reportedBy ?? '' });
      await written();
      return report;
    },
    deleteStatusReport: async (id) => {
      await api.deleteStatusReport({ id });
      await written();
    },
    deleteMeetingNote: async (id) => {
      await api.deleteMeetingNote({ id });
      // The plan's list of notes (overview, presentation mode) is reloaded too, so no view shows the note.
      const notes = useMeetingNoteStore.getState();
      await Promise.all([written(), notes.planId === null ? undefined : notes.load(notes.planId)]);
    },
    deleteImpact: (entity, id) => api.getDeleteImpact({ entity, id }),
  };
});

onFileChanged(() => useActionStore.getState().reload());
