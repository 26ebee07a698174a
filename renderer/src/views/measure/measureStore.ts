import type { CallInput } from '@shared/api/contract';
import type { DeleteImpact } from '@shared/domain/types';
import { api } from '@renderer/api/client';
import { write } from '@renderer/data/write';

/**
 * The writes to mått and their utfall. The åtgärd's mått are a cached read
 * (useCall('listMeasures', { actionId })); each write's answer refreshes every view that shows
 * them (the åtgärd's log, the list's mått count, Översikt's Mått panel).
 */
export type MeasureFields = CallInput<'createMeasure'>;
export type MeasurePatch = CallInput<'updateMeasure'>['patch'];
export type MeasureValueInput = CallInput<'setMeasureValue'>;

export const measureWrites = {
  save: async (id: number | null, fields: MeasureFields, version?: number): Promise<void> => {
    if (id === null) await write('createMeasure', fields);
    else {
      const { actionId: _a, areaId: _b, ...patch } = fields;
      await write('updateMeasure', { id, version, patch });
    }
  },
  remove: async (id: number): Promise<void> => {
    await write('deleteMeasure', { id });
  },
  impact: (id: number): Promise<DeleteImpact> => api.getDeleteImpact({ entity: 'measure', id }),
  setValue: async (input: MeasureValueInput): Promise<void> => {
    await write('setMeasureValue', input);
  },
  removeValue: async (id: number): Promise<void> => {
    await write('deleteMeasureValue', { id });
  },
};
