import type { Handlers } from '../api/session';
import { passId, passThrough } from '../api/serviceHandlers';
import * as indicators from './indicators';
import { addIndicatorCatalogue, getCatalogueInfo } from './indicatorCatalogue';
import { getIndicatorSummary } from './indicatorSummary';

/** Indikatorer and their yearly values (shared/api/indicator.ts). */
export const indicatorHandlers = {
  ...passThrough({
    listIndicators: indicators.listIndicators,
    createIndicator: indicators.createIndicator,
    updateIndicator: indicators.updateIndicator,
    setIndicatorValue: indicators.setIndicatorValue,
    deleteIndicatorValue: indicators.deleteIndicatorValue,
    getIndicatorCatalogueInfo: getCatalogueInfo,
    addIndicatorCatalogue,
    getIndicatorSummary,
  }),
  ...passId({ deleteIndicator: indicators.deleteIndicator }),
} satisfies Partial<Handlers>;
