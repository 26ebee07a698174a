import { passId, passThrough } from '../api/serviceHandlers';
import * as measures from './measures';
import * as measureValues from './measureValues';
import { getMeasureOverview } from './measureOverview';

/** Mått and utfall (shared/api/measure.ts). */
export const measureHandlers = {
  ...passThrough({
    listMeasures: measures.listMeasures,
    createMeasure: measures.createMeasure,
    updateMeasure: measures.updateMeasure,
    setMeasureValue: measureValues.setMeasureValue,
    getMeasureOverview,
  }),
  ...passId({ deleteMeasure: measures.deleteMeasure, deleteMeasureValue: measureValues.deleteMeasureValue }),
};
