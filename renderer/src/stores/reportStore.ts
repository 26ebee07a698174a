import { create } from 'zustand';
import type { ReportEditor, ReportKind, ReportModel } from '../../../shared/report/model';
import type { DeliveredFile } from '../../../shared/domain/deliveredFile';
import type { Source } from '../../../shared/domain/types';
import type { CallInput, CallName } from '../../../shared/api/contract';
import type { ClosedYear } from '../../../shared/report/model';
import { api, errorMessage } from '../api/client';
import { afterWrite, onFileChanged } from './undoStore';

/**
 * The Rapporter view: which report (kind, year, nämnd), its model for the preview, the
 * strateg's texts with their defaults, and the closed years. Every write reloads from the API.
 */
export interface ReportChoice {
  planId: number;
  kind: ReportKind;
  year: number;
  bodyId: number | null;
}

interface ReportState {
  choice: ReportChoice | null;
  model: ReportModel | null;
  editor: ReportEditor | null;
  closedYears: ClosedYear[];
  loading: boolean;
  error: string | null;
  /** Set while an export is being made: "Word", "PDF". */
  exporting: string | null;
  choose: (choice: ReportChoice) => Promise<void>;
  reload: () => Promise<void>;
  saveText: (key: string, text: string) => Promise<void>;
  resetText: (key: string) => Promise<void>;
  exportReport: (format: 'docx' | 'pdf') => Promise<DeliveredFile>;
  closeYear: () => Promise<ClosedYear>;
  reopenYear: () => Promise<void>;
  /** The source register, for an iakttagelse's källor and the källförteckning's own entries. */
  sources: Source[];
  /** Vår bedömning's questions, the iakttagelser and the källförteckning of the chosen year (the yearly report). */
  judgement: JudgementWrites;
}

type YearKeyed<K extends CallName> = Omit<CallInput<K>, 'planId' | 'year'>;

export interface JudgementWrites {
  createQuestion: (input: YearKeyed<'createReportQuestion'>) => Promise<void>;
  updateQuestion: (input: YearKeyed<'updateReportQuestion'>) => Promise<void>;
  deleteQuestion: (input: YearKeyed<'deleteReportQuestion'>) => Promise<void>;
  createFinding: (input: YearKeyed<'createReportFinding'>) => Promise<void>;
  updateFinding: (input: CallInput<'updateReportFinding'>) => Promise<void>;
  deleteFinding: (id: number) => Promise<void>;
  dismissSuggestion: (input: YearKeyed<'dismissFindingSuggestion'>) => Promise<void>;
  addSource: (sourceId: number) => Promise<void>;
  createSource: (input: YearKeyed<'createReportSource'>) => Promise<void>;
  removeSource: (sourceId: number) => Promise<void>;
}

let latest = 0;

function request(choice: ReportChoice) {
  return { kind: choice.kind, planId: choice.planId, year: choice.year, bodyId: choice.kind === 'namnd' ? choice.bodyId : null };
}

export const useReportStore = create<ReportState>((set, get) => {
  const current = (): ReportChoice => {
    const { choice } = get();
    if (!choice) throw new Error('Ingen rapport är vald.');
    return choice;
  };
  const written = async () => {
    await Promise.all([afterWrite(), get().reload()]);
  };
  return {
    choice: null,
    model: null,
    editor: null,
    closedYears: [],
    sources: [],
    loading: false,
    error: null,
    exporting: null,
    choose: async (choice) => {
      const id = ++latest;
      set({ choice, loading: true });
      if (choice.kind === 'namnd' && choice.bodyId === null) {
        set({ model: null, editor: null, loading: false, error: null });
        return;
      }
      try {
        const [model, editor, closedYears, sources] = await Promise.all([
          api.getReportModel(request(choice)),
          api.getReportDefaults(request(choice)),
          api.listClosedYears({ planId: choice.planId }),
          api.listSources({}),
        ]);
        if (id === latest) set({ model, editor, closedYears, sources, loading: false, error: null });
      } catch (error) {
        if (id === latest) set({ model: null, editor: null, loading: false, error: errorMessage(error) });
      }
    },
    reload: async () => {
      const { choice } = get();
      if (choice) await get().choose(choice);
    },
    saveText: async (key, text) => {
      const c = current();
      await api.saveReportText({ planId: c.planId, year: c.year, key, text });
      await written();
    },
    resetText: async (key) => {
      const c = current();
      await api.resetReportText({ planId: c.planId, year: c.year, key });
      await written();
    },
    exportReport: async (format) => {
      set({ exporting: format === 'docx' ? 'Word' : 'PDF' });
      try {
        return await api.exportReport({ ...request(current()), format });
      } finally {
        set({ exporting: null });
      }
    },
    closeYear: async () => {
      const c = current();
      const closed = await api.closeReportYear({ planId: c.planId, year: c.year });
      await written();
      return closed;
    },
    reopenYear: async () => {
      const c = current();
      await api.reopenReportYear({ planId: c.planId, year: c.year });
      await written();
    },
    judgement: judgementWrites(current, written),
  };
});

/** Each write names the chosen plan and year, then reloads the report so the preview shows it at once. */
function judgementWrites(current: () => ReportChoice, written: () => Promise<void>): JudgementWrites {
  const key = () => ({ planId: current().planId, year: current().year });
  const then = async (call: Promise<unknown>) => {
    await call;
    await written();
  };
  return {
    createQuestion: (input) => then(api.createReportQuestion({ ...key(), ...input })),
    updateQuestion: (input) => then(api.updateReportQuestion({ ...key(), ...input })),
    deleteQuestion: (input) => then(api.deleteReportQuestion({ ...key(), ...input })),
    createFinding: (input) => then(api.createReportFinding({ ...key(), ...input })),
    updateFinding: (input) => then(api.updateReportFinding(input)),
    deleteFinding: (id) => then(api.deleteReportFinding({ id })),
    dismissSuggestion: (input) => then(api.dismissFindingSuggestion({ ...key(), ...input })),
    addSource: (sourceId) => then(api.addReportSource({ ...key(), sourceId })),
    createSource: (input) => then(api.createReportSource({ ...key(), ...input })),
    removeSource: (sourceId) => then(api.removeReportSource({ ...key(), sourceId })),
  };
}

// Ctrl+Z may have reopened or closed a year, or changed a text.
onFileChanged(() => useReportStore.getState().reload());
