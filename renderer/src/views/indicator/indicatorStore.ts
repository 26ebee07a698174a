import { create } from 'zustand';
import type { CallInput } from '../../../../shared/api/contract';
import type { CatalogueInfo } from '../../../../shared/domain/indicatorCatalogue';
import type { IndicatorSummary, Score } from '../../../../shared/domain/indicatorSummary';
import type { DeleteImpact, Indicator } from '../../../../shared/domain/types';
import { api, errorMessage } from '../../api/client';
import { formatMeasureValue } from '../../../../shared/measureLabels';
import { SCORE_LABEL } from './scoreLabels';
import { useNoticeStore } from '../../stores/noticeStore';
import { afterWrite, onFileChanged, reloadAll } from '../../stores/undoStore';

/**
 * The Indikatorer view's data: every indicator with its yearly values, the summary for the chosen
 * year (computed in the main process, the same as the yearly report's), and the shipped catalogue.
 */
export type IndicatorFields = CallInput<'createIndicator'>;
export type Answer = { score: Score } | { value: number };

interface IndicatorState {
  indicators: Indicator[];
  summary: IndicatorSummary | null;
  catalogue: CatalogueInfo | null;
  /** The year being looked at and recorded; null until chosen (then the latest year with values). */
  year: number | null;
  loaded: boolean;
  error: string | null;
  load: () => Promise<void>;
  setYear: (year: number) => Promise<void>;
  /** Ja/Delvis/Nej, or a number for an own indicator with a unit, for one indicator and year; null removes the answer. */
  setValue: (indicatorId: number, year: number, answer: Answer | null, comment?: string) => Promise<void>;
  saveIndicator: (id: number | null, fields: IndicatorFields) => Promise<void>;
  deleteIndicator: (id: number) => Promise<void>;
  deleteImpact: (id: number) => Promise<DeleteImpact>;
  addCatalogue: () => Promise<void>;
}

async function written(notice: string | null): Promise<void> {
  await Promise.all([afterWrite(), reloadAll()]);
  if (notice) useNoticeStore.getState().show(notice);
}

export const useIndicatorStore = create<IndicatorState>((set, get) => ({
  indicators: [],
  summary: null,
  catalogue: null,
  year: null,
  loaded: false,
  error: null,
  load: async () => {
    try {
      const year = get().year;
      const [indicators, summary, catalogue] = await Promise.all([
        api.listIndicators({}), api.getIndicatorSummary(year === null ? {} : { year }), api.getIndicatorCatalogueInfo({}),
      ]);
      set({ indicators, summary, catalogue, year: summary.year, loaded: true, error: null });
    } catch (error) {
      set({ error: errorMessage(error), loaded: true });
    }
  },
  setYear: async (year) => {
    set({ year });
    await get().load();
  },
  setValue: async (indicatorId, year, answer, comment) => {
    const indicator = get().indicators.find((i) => i.id === indicatorId);
    const before = indicator?.values.find((v) => v.year === year);
    if (answer === null) {
      if (before) await api.deleteIndicatorValue({ indicatorId, year });
    } else {
      await api.setIndicatorValue({ indicatorId, year, ...answer, comment: comment ?? before?.comment ?? '' });
    }
    const shown = answer === null ? 'ej besvarad'
      : 'score' in answer ? SCORE_LABEL[answer.score] : formatMeasureValue(answer.value, indicator?.unit ?? 'antal');
    await written(`${indicator?.code ?? 'Indikatorn'} ${year}: ${shown}.`);
  },
  saveIndicator: async (id, fields) => {
    if (id === null) await api.createIndicator(fields);
    else await api.updateIndicator({ id, patch: fields });
    await written(id === null ? `Indikatorn ${fields.code} lades till.` : `Indikatorn ${fields.code} sparades.`);
  },
  deleteIndicator: async (id) => {
    await api.deleteIndicator({ id });
    await written(null);
  },
  deleteImpact: (id) => api.getDeleteImpact({ entity: 'indicator', id }),
  addCatalogue: async () => {
    try {
      const { added } = await api.addIndicatorCatalogue({});
      await written(added === 1 ? 'En indikator lades till.' : `${added} indikatorer lades till.`);
    } catch (error) {
      useNoticeStore.getState().show(errorMessage(error), 'error');
    }
  },
}));

onFileChanged(() => (useIndicatorStore.getState().loaded ? useIndicatorStore.getState().load() : undefined));
