import type { MeasureWithValues } from '@shared/domain/measure';
import { measureValueProblem } from '@shared/domain/measureRules';
import { periodFromKey } from '@shared/domain/period';
import type { FieldProblem } from '@shared/errors';
import type { ServiceContext } from '../context';
import { logCreate } from '../changeLog';
import { listMeasures } from '../measure/measures';
import { insertRow } from '../records';
import type { MeasureJson, PlanJson } from './planJsonSchema';

/**
 * Mått and their utfall in the JSON export. Each mått sits under what it belongs to (an område or an
 * åtgärd), so the document needs no ids; a restore writes them with their own dates.
 */
export interface PlanMeasures {
  byArea: Map<number, MeasureJson[]>;
  byAction: Map<number, MeasureJson[]>;
}

function toJson(m: MeasureWithValues): MeasureJson {
  return {
    name: m.name, unit: m.unit, direction: m.direction, baselineValue: m.baselineValue, baselineYear: m.baselineYear,
    targetValue: m.targetValue, targetDate: m.targetDate, source: m.source, definition: m.definition, comment: m.comment,
    createdAt: m.createdAt, updatedAt: m.updatedAt,
    values: m.values.map((v) => ({
      period: v.period, measuredOn: v.measuredOn, value: v.value, comment: v.comment, source: v.source, reportedBy: v.reportedBy, createdAt: v.createdAt,
    })),
  };
}

export function planMeasures(ctx: ServiceContext, planId: number): PlanMeasures {
  const result: PlanMeasures = { byArea: new Map(), byAction: new Map() };
  for (const m of listMeasures(ctx, { planId })) {
    const [map, id] = m.actionId !== null ? [result.byAction, m.actionId] : [result.byArea, m.areaId!];
    map.set(id, [...(map.get(id) ?? []), toJson(m)]);
  }
  return result;
}

/** Figures the unit does not allow, half a baseline or target, and periods that are not periods: refused before anything is written. */
export function checkMeasureJson(plan: PlanJson): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const check = (owner: string, measures: MeasureJson[]) => {
    for (const m of measures) {
      const where = `${owner}, måttet ”${m.name}”`;
      const add = (message: string) => problems.push({ field: where, message: `${where}: ${message}` });
      if ((m.baselineValue === null) !== (m.baselineYear === null)) add('utgångsvärdet saknar år eller värde.');
      if ((m.targetValue === null) !== (m.targetDate === null)) add('målvärdet saknar datum eller värde.');
      for (const value of [m.baselineValue, m.targetValue, ...m.values.map((v) => v.value)]) {
        const problem = value === null ? null : measureValueProblem(m.unit, value);
        if (problem) add(`värdet ${value} ${problem}`);
      }
      for (const v of m.values) if (periodFromKey(v.period) === null) add(`”${v.period}” är ingen period.`);
      if (new Set(m.values.map((v) => v.period)).size !== m.values.length) add('har två utfall för samma period.');
    }
  };
  for (const area of plan.areas) {
    check(`Utvecklingsområdet ”${area.name}”`, area.measures);
    for (const a of area.actions) check(`Åtgärd ”${a.number ? `${a.number} ` : ''}${a.title}”`, a.measures);
  }
  return problems;
}

/** Writes the mått and their utfall, logged like createMeasure and setMeasureValue log them. */
export function restoreMeasures(ctx: ServiceContext, measures: MeasureJson[], owner: { planId: number; areaId: number | null; actionId: number | null }): number {
  measures.forEach((m, position) => {
    const { values, ...fields } = m;
    const id = insertRow(ctx, 'measure', {
      area_id: owner.areaId, action_id: owner.actionId, position, name: m.name, unit: m.unit, direction: m.direction,
      baseline_value: m.baselineValue, baseline_year: m.baselineYear, target_value: m.targetValue, target_date: m.targetDate,
      source: m.source, definition: m.definition, comment: m.comment, created_at: m.createdAt, updated_at: m.updatedAt,
    });
    const refs = { planId: owner.planId, actionId: owner.actionId };
    logCreate(ctx, 'measure', id, { ...fields, areaId: owner.areaId, actionId: owner.actionId }, refs);
    for (const v of values) {
      const valueId = insertRow(ctx, 'measure_value', {
        measure_id: id, period: v.period, measured_on: v.measuredOn, value: v.value, comment: v.comment, source: v.source,
        reported_by: v.reportedBy, created_at: v.createdAt,
      });
      logCreate(ctx, 'measure_value', valueId, { measure: m.name, ...v }, refs);
    }
  });
  return measures.length;
}
