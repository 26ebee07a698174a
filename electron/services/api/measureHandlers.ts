import type { Handlers } from './handlers';
import * as measures from '../measure/measures';
import * as measureValues from '../measure/measureValues';
import { getMeasureOverview } from '../measure/measureOverview';

type MeasureCalls = 'listMeasures' | 'createMeasure' | 'updateMeasure' | 'deleteMeasure' | 'setMeasureValue' | 'deleteMeasureValue' | 'getMeasureOverview';

/** Mått and utfall (electron/services/measure/). */
export const measureHandlers: Pick<Handlers, MeasureCalls> = {
  listMeasures: ({ ctx }, i) => measures.listMeasures(ctx, i),
  createMeasure: ({ ctx }, i) => measures.createMeasure(ctx, i),
  updateMeasure: ({ ctx }, i) => measures.updateMeasure(ctx, i),
  deleteMeasure: ({ ctx }, i) => measures.deleteMeasure(ctx, i.id),
  setMeasureValue: ({ ctx }, i) => measureValues.setMeasureValue(ctx, i),
  deleteMeasureValue: ({ ctx }, i) => measureValues.deleteMeasureValue(ctx, i.id),
  getMeasureOverview: ({ ctx }, i) => getMeasureOverview(ctx, i),
};
