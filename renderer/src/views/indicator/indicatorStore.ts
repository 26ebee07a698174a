import { create } from 'zustand';
import type { CallInput } from '@shared/api/contract';
import type { CatalogueInfo } from '@shared/domain/indicatorCatalogue';
import type { IndicatorSummary, Score } from '@shared/domain/indicatorSummary';
import type { DeleteImpact, Indicator } from '@shared/domain/types';
import { api, errorMessage } from '@renderer/api/client';
import { queryClient } from '@renderer/data/queryClient';
import { firstError } from '@renderer/data/results';
import { callKey, useCall } from '@renderer/data/useCall';
import { write } from '@renderer/data/write';
import { formatMeasureValue } from '@shared/measureLabels';
import { SCORE_LABEL } from './scoreLabels';
import { useNoticeStore } from '@renderer/stores/noticeStore';

/**
 * The Indikatorer view: the chosen year (UI state) and the writes. Its data — every indicator with
 * its yearly values, the summary for the chosen year (computed in the main process, the same as
 * the yearly report's) and the shipped catalogue — are cached reads (useIndicatorData), which
 * each write's answer refreshes.
 */
export type IndicatorFields = CallInput<'createIndicator'>;
export type Answer = { score: Score } | { value: number };

interface IndicatorState {
  /** The year being looked at and recorded; null until chosen (then the latest year with values). */
  year: number | null;
  setYear: (year: number) => void;
  /** Ja/Delvis/Nej, or a number for an own indicator with a unit, for one indicator and year; null removes the answer. */
  setValue: (indicatorId: number, year: number, answer: Answer | null, comment?: string) => Promise<void>;
  saveIndicator: (id: number | null, fields: IndicatorFields, version?: number) => Promise<void>;
  deleteIndicator: (id: number) => Promise<void>;
  deleteImpact: (id: number) => Promise<DeleteImpact>;
  addCatalogue: () => Promise<void>;
}

function written(notice: string | null): void {
  if (notice) useNoticeStore.getState().show(notice);
}

export const useIndicatorStore = create<IndicatorState>((set) => ({
  year: null,
  setYear: (year) => set({ year }),
  setValue: async (indicatorId, year, answer, comment) => {
    const indicators = queryClient.getQueryData<Indicator[]>(callKey('listIndicators', {})) ?? [];
    const indicator = indicators.find((i) => i.id === indicatorId);
    const before = indicator?.values.find((v) => v.year === year);
    if (answer === null) {
      if (before) await write('deleteIndicatorValue', { indicatorId, year });
    } else {
      await write('setIndicatorValue', { indicatorId, year, ...answer, comment: comment ?? before?.comment ?? '' });
    }
    const shown = answer === null ? 'ej besvarad'
      : 'score' in answer ? SCORE_LABEL[answer.score] : formatMeasureValue(answer.value, indicator?.unit ?? 'antal');
    written(`${indicator?.code ?? 'Indikatorn'} ${year}: ${shown}.`);
  },
  saveIndicator: async (id, fields, version) => {
    if (id === null) await write('createIndicator', fields);
    else await write('updateIndicator', { id, version, patch: fields });
    written(id === null ? `Indikatorn ${fields.code} lades till.` : `Indikatorn ${fields.code} sparades.`);
  },
  deleteIndicator: async (id) => {
    await write('deleteIndicator', { id });
    written(null);
  },
  deleteImpact: (id) => api.getDeleteImpact({ entity: 'indicator', id }),
  addCatalogue: async () => {
    try {
      const { added } = await write('addIndicatorCatalogue', {});
      written(added === 1 ? 'En indikator lades till.' : `${added} indikatorer lades till.`);
    } catch (error) {
      useNoticeStore.getState().show(errorMessage(error), 'error');
    }
  },
}));

/** The Indikatorer view's data for the chosen year (the latest year with values until one is chosen). */
export function useIndicatorData(): {
  indicators: Indicator[]; summary: IndicatorSummary | null; catalogue: CatalogueInfo | null; loaded: boolean; error: string | null;
} {
  const year = useIndicatorStore((s) => s.year);
  const indicators = useCall('listIndicators', {});
  const summary = useCall('getIndicatorSummary', year === null ? {} : { year }, { keepPrevious: true });
  const catalogue = useCall('getIndicatorCatalogueInfo', {});
  const all = [indicators, summary, catalogue];
  return {
    indicators: indicators.data ?? NO_INDICATORS,
    summary: summary.data ?? null,
    catalogue: catalogue.data ?? null,
    loaded: all.every((q) => q.data !== undefined || q.error !== null),
    error: firstError(...all),
  };
}

const NO_INDICATORS: Indicator[] = [];
