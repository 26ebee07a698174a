import { create } from 'zustand';
import type { CallInput } from '../../../../shared/api/contract';
import type { MeasureWithValues } from '../../../../shared/domain/measure';
import type { DeleteImpact } from '../../../../shared/domain/types';
import { api, errorMessage } from '../../api/client';
import { afterWrite, onFileChanged, reloadAll } from '../../stores/undoStore';

/**
 * The mått of the åtgärd open in the plan view, with their utfall, and the writes to them. After a
 * write every view reloads (the åtgärd's log, the list's mått count, Översikt's Mått panel).
 */
export type MeasureFields = CallInput<'createMeasure'>;
export type MeasurePatch = CallInput<'updateMeasure'>['patch'];
export type MeasureValueInput = CallInput<'setMeasureValue'>;

interface MeasureState {
  actionId: number | null;
  measures: MeasureWithValues[];
  error: string | null;
  load: (actionId: number) => Promise<void>;
  reload: () => Promise<void>;
  close: () => void;
  save: (id: number | null, fields: MeasureFields) => Promise<void>;
  remove: (id: number) => Promise<void>;
  impact: (id: number) => Promise<DeleteImpact>;
  setValue: (input: MeasureValueInput) => Promise<void>;
  removeValue: (id: number) => Promise<void>;
}

let latestLoad = 0;

async function written(): Promise<void> {
  await Promise.all([afterWrite(), reloadAll()]);
}

export const useMeasureStore = create<MeasureState>((set, get) => ({
  actionId: null,
  measures: [],
  error: null,
  load: async (actionId) => {
    const request = ++latestLoad;
    if (get().actionId !== actionId) set({ actionId, measures: [] });
    try {
      const measures = await api.listMeasures({ actionId });
      if (request === latestLoad) set({ measures, error: null });
    } catch (error) {
      if (request === latestLoad) set({ error: errorMessage(error) });
    }
  },
  reload: async () => {
    const { actionId } = get();
    if (actionId !== null) await get().load(actionId);
  },
  close: () => {
    latestLoad++;
    set({ actionId: null, measures: [], error: null });
  },
  save: async (id, fields) => {
    if (id === null) await api.createMeasure(fields);
    else {
      const { actionId: _a, areaId: _b, ...patch } = fields;
      await api.updateMeasure({ id, patch });
    }
    await written();
  },
  remove: async (id) => {
    await api.deleteMeasure({ id });
    await written();
  },
  impact: (id) => api.getDeleteImpact({ entity: 'measure', id }),
  setValue: async (input) => {
    await api.setMeasureValue(input);
    await written();
  },
  removeValue: async (id) => {
    await api.deleteMeasureValue({ id });
    await written();
  },
}));

onFileChanged(() => useMeasureStore.getState().reload());
