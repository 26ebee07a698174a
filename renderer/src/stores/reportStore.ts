import { create } from 'zustand';
import type { ReportEditor, ReportKind, ReportModel } from '@shared/report/model';
import type { DeliveredFile } from '@shared/domain/deliveredFile';
import type { Source } from '@shared/domain/types';
import type { CallInput, CallName } from '@shared/api/contract';
import type { ClosedYear } from '@shared/report/model';
import { api } from '../api/client';
import { firstError } from '../data/results';
import { useCall } from '../data/useCall';
import { write } from '../data/write';

/**
 * The Rapporter view: which report (kind, year, nämnd) and the writes to its texts, judgement and
 * years. Its model for the preview, the texts with their defaults, the closed years and the source
 * register are cached reads (useReportData), which each write's answer refreshes.
 */
export interface ReportChoice {
  planId: number;
  kind: ReportKind;
  year: number;
  bodyId: number | null;
}

interface ReportState {
  choice: ReportChoice | null;
  /** Set while an export is being made: "Word", "PDF". */
  exporting: string | null;
  choose: (choice: ReportChoice) => void;
  /** `version`: the field's version as the editor read it (a save over someone else's is refused). */
  saveText: (key: string, text: string, version: number) => Promise<void>;
  resetText: (key: string) => Promise<void>;
  exportReport: (format: 'docx' | 'pdf') => Promise<DeliveredFile>;
  closeYear: () => Promise<ClosedYear>;
  reopenYear: () => Promise<void>;
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

function request(choice: ReportChoice) {
  return { kind: choice.kind, planId: choice.planId, year: choice.year, bodyId: choice.kind === 'namnd' ? choice.bodyId : null };
}

export const useReportStore = create<ReportState>((set, get) => {
  const current = (): ReportChoice => {
    const { choice } = get();
    if (!choice) throw new Error('Ingen rapport är vald.');
    return choice;
  };
  return {
    choice: null,
    exporting: null,
    choose: (choice) => set({ choice }),
    saveText: async (key, text, version) => {
      const c = current();
      await write('saveReportText', { planId: c.planId, year: c.year, key, text, version });
    },
    resetText: async (key) => {
      const c = current();
      await write('resetReportText', { planId: c.planId, year: c.year, key });
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
      return write('closeReportYear', { planId: c.planId, year: c.year });
    },
    reopenYear: async () => {
      const c = current();
      await write('reopenReportYear', { planId: c.planId, year: c.year });
    },
    judgement: judgementWrites(current),
  };
});

/** Each write names the chosen plan and year; its answer refreshes the preview (the cache). */
function judgementWrites(current: () => ReportChoice): JudgementWrites {
  const key = () => ({ planId: current().planId, year: current().year });
  const then = async (call: Promise<unknown>) => {
    await call;
  };
  return {
    createQuestion: (input) => then(write('createReportQuestion', { ...key(), ...input })),
    updateQuestion: (input) => then(write('updateReportQuestion', { ...key(), ...input })),
    deleteQuestion: (input) => then(write('deleteReportQuestion', { ...key(), ...input })),
    createFinding: (input) => then(write('createReportFinding', { ...key(), ...input })),
    updateFinding: (input) => then(write('updateReportFinding', input)),
    deleteFinding: (id) => then(write('deleteReportFinding', { id })),
    dismissSuggestion: (input) => then(write('dismissFindingSuggestion', { ...key(), ...input })),
    addSource: (sourceId) => then(write('addReportSource', { ...key(), sourceId })),
    createSource: (input) => then(write('createReportSource', { ...key(), ...input })),
    removeSource: (sourceId) => then(write('removeReportSource', { ...key(), sourceId })),
  };
}

const NO_YEARS: ClosedYear[] = [];
const NO_SOURCES: Source[] = [];

/** The chosen report's model, its texts with their defaults, the closed years and the source register. */
export function useReportData(): {
  model: ReportModel | null; editor: ReportEditor | null; closedYears: ClosedYear[]; sources: Source[]; loading: boolean; error: string | null;
} {
  const choice = useReportStore((s) => s.choice);
  // A nämnd's report waits for its nämnd.
  const input = choice === null || (choice.kind === 'namnd' && choice.bodyId === null) ? null : request(choice);
  const model = useCall('getReportModel', input);
  const editor = useCall('getReportDefaults', input);
  const closedYears = useCall('listClosedYears', choice === null ? null : { planId: choice.planId });
  const sources = useCall('listSources', {});
  return {
    model: model.data ?? null,
    editor: editor.data ?? null,
    closedYears: closedYears.data ?? NO_YEARS,
    sources: sources.data ?? NO_SOURCES,
    loading: input !== null && (model.isPending || editor.isPending),
    error: firstError(model, editor, closedYears, sources),
  };
}
