import { create } from 'zustand';
import type { ReportEditor, ReportKind, ReportModel } from '../../../shared/report/model';
import type { DeliveredFile } from '../../../shared/domain/deliveredFile';
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
        const [model, editor, closedYears] = await Promise.all([
          api.getReportModel(request(choice)),
          api.getReportDefaults(request(choice)),
          api.listClosedYears({ planId: choice.planId }),
        ]);
        if (id === latest) set({ model, editor, closedYears, loading: false, error: null });
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
  };
});

// Ctrl+Z may have reopened or closed a year, or changed a text.
onFileChanged(() => useReportStore.getState().reload());
