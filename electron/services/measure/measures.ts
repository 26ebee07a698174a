import type { Measure, MeasureWithValues } from '@shared/domain/measure';
import { measureValueProblem } from '@shared/domain/measureRules';
import { notFound } from '@shared/errors';
import { MEASURE_UNIT_LABEL } from '@shared/measureLabels';
import type { ServiceContext } from '../context';
import { logCreate, logDelete } from '../changeLog';
import { deleteRows, inTransaction, insertRow, updateColumns, updateRows } from '../records';
import { Problems } from '../validation';
import { getAction } from '../plan/actions';
import { getArea } from '../plan/areas';
import { MEASURE_COLUMNS, selectMeasureRows, toMeasure, withValues } from './measureRows';

/** Mått: create, change, list and delete. Utfall are in measureValues.ts. */
export type MeasureFields = Omit<Measure, 'id' | 'planId' | 'position' | 'createdAt' | 'updatedAt' | 'version'>;
type MeasurePatch = Partial<Omit<MeasureFields, 'areaId' | 'actionId'> & { position: number }>;

export function getMeasure(ctx: ServiceContext, id: number): Measure {
  const [row] = selectMeasureRows(ctx, { id });
  if (!row) throw notFound(`Måttet finns inte (id ${id}).`);
  return toMeasure(row);
}

/** The plan's mått in plan order (or one område's own, or one åtgärd's), each with its utfall. */
export function listMeasures(ctx: ServiceContext, input: { planId?: number; areaId?: number; actionId?: number }): MeasureWithValues[] {
  // One filter at a time is what the app asks for; an åtgärd's or område's own mått are within its plan anyway.
  const rows = selectMeasureRows(ctx, input.actionId !== undefined ? { actionId: input.actionId } : input.areaId !== undefined ? { areaId: input.areaId } : { planId: input.planId });
  return withValues(ctx, rows.filter((r) => input.planId === undefined || r.plan_id === input.planId).map(toMeasure));
}

/** The change log's references: the plan, and the åtgärd when the mått belongs to one. */
export function measureRefs(measure: Pick<Measure, 'planId' | 'actionId'>): { planId: number; actionId: number | null } {
  return { planId: measure.planId, actionId: measure.actionId };
}

type Numbers = Pick<MeasureFields, 'unit' | 'baselineValue' | 'baselineYear' | 'targetValue' | 'targetDate'>;

function checkNumbers(ctx: ServiceContext, fields: Numbers, measureId: number | null): void {
  const problems = new Problems();
  problems.check((fields.baselineValue === null) === (fields.baselineYear === null), fields.baselineYear === null ? 'baselineYear' : 'baselineValue',
    fields.baselineYear === null ? 'Ange vilket år utgångsvärdet gäller.' : 'Ange utgångsvärdet för året.');
  problems.check((fields.targetValue === null) === (fields.targetDate === null), fields.targetDate === null ? 'targetDate' : 'targetValue',
    fields.targetDate === null ? 'Ange när målvärdet ska vara nått.' : 'Ange målvärdet.');
  for (const [field, label, value] of [['baselineValue', 'Utgångsvärde', fields.baselineValue], ['targetValue', 'Målvärde', fields.targetValue]] as const) {
    const problem = value === null ? null : measureValueProblem(fields.unit, value);
    problems.check(problem === null, field, `${label}: ${problem}`);
  }
  if (measureId !== null) {
    // A new unit must fit the utfall already recorded, or they would no longer mean what they said.
    const values = ctx.db.prepare('SELECT period, value FROM measure_value WHERE measure_id = ?').all(measureId) as { period: string; value: number }[];
    const misfit = values.find((v) => measureValueProblem(fields.unit, v.value) !== null);
    if (misfit) {
      problems.check(false, 'unit', `Enheten kan inte ändras till ${MEASURE_UNIT_LABEL[fields.unit].toLowerCase()}: utfallet för ${misfit.period} (${misfit.value}) ${measureValueProblem(fields.unit, misfit.value)}`);
    }
  }
  problems.throwIfAny();
}

export function createMeasure(ctx: ServiceContext, input: MeasureFields): Measure {
  return inTransaction(ctx, () => {
    new Problems().check((input.areaId === null) !== (input.actionId === null), 'actionId',
      'Ett mått hör till antingen en åtgärd eller ett utvecklingsområde.').throwIfAny();
    const planId = input.actionId !== null ? getAction(ctx, input.actionId).planId : getArea(ctx, input.areaId!).planId;
    checkNumbers(ctx, input, null);
    const owner = input.actionId !== null ? { column: 'action_id', id: input.actionId } : { column: 'area_id', id: input.areaId! };
    const position = (ctx.db.prepare(`SELECT COALESCE(MAX(position), -1) + 1 AS next FROM measure WHERE ${owner.column} = ?`).get(owner.id) as { next: number }).next;
    const now = ctx.now();
    const id = insertRow(ctx, 'measure', {
      area_id: input.areaId, action_id: input.actionId, position, name: input.name, unit: input.unit, direction: input.direction,
      baseline_value: input.baselineValue, baseline_year: input.baselineYear, target_value: input.targetValue, target_date: input.targetDate,
      source: input.source, definition: input.definition, comment: input.comment, created_at: now, updated_at: now,
    });
    logCreate(ctx, 'measure', id, input, { planId, actionId: input.actionId });
    return getMeasure(ctx, id);
  });
}

export function updateMeasure(ctx: ServiceContext, input: { id: number; patch: MeasurePatch }): Measure {
  return inTransaction(ctx, () => {
    const before = getMeasure(ctx, input.id);
    const merged = { ...before, ...Object.fromEntries(Object.entries(input.patch).filter(([, v]) => v !== undefined)) } as Measure;
    checkNumbers(ctx, merged, before.unit !== merged.unit ? before.id : null);
    const changed = updateColumns(ctx, { table: 'measure', entity: 'measure', id: input.id, columns: MEASURE_COLUMNS, before, patch: input.patch, refs: measureRefs(before) });
    if (changed) updateRows(ctx, 'measure', { id: input.id }, { updated_at: ctx.now() });
    return getMeasure(ctx, input.id);
  });
}

/** Takes its utfall with it; the confirmation says how many, and Ctrl+Z brings all of it back. */
export function deleteMeasure(ctx: ServiceContext, id: number): null {
  return inTransaction(ctx, () => {
    const before = getMeasure(ctx, id);
    deleteRows(ctx, 'measure', { id });
    logDelete(ctx, 'measure', id, before, measureRefs(before));
    return null;
  });
}
