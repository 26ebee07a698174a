import type { Measure, MeasureValue, MeasureWithValues } from '@shared/domain/measure';
import { periodFromKey } from '@shared/domain/period';
import type { ServiceContext } from '../context';
import type { ColumnMap } from '../records';

/** Mått and utfall rows and their conversion to domain types, in one place. */
export interface MeasureRow {
  id: number; area_id: number | null; action_id: number | null; plan_id: number; position: number; name: string;
  unit: Measure['unit']; direction: Measure['direction']; baseline_value: number | null; baseline_year: number | null;
  target_value: number | null; target_date: string | null; source: string; definition: string; comment: string;
  created_at: string; updated_at: string; version: number;
  /** The område the mått belongs to, directly or through its åtgärd, and its åtgärd's number and title (null for an område's own). */
  owner_area_id: number;
  area_name: string;
  action_number: string | null;
  action_title: string | null;
}

export interface MeasureValueRow {
  id: number; measure_id: number; period: string; measured_on: string; value: number; comment: string; source: string;
  reported_by: string; created_at: string;
}

export const MEASURE_COLUMNS: ColumnMap<Measure> = {
  position: 'position', name: 'name', unit: 'unit', direction: 'direction', baselineValue: 'baseline_value', baselineYear: 'baseline_year',
  targetValue: 'target_value', targetDate: 'target_date', source: 'source', definition: 'definition', comment: 'comment',
};

/** What every mått query returns besides the mått's own columns: where it belongs and in what order. */
const OWNER_COLUMNS = `ar.plan_id AS plan_id, ar.id AS owner_area_id, ar.name AS area_name, ar.position AS area_position,
  COALESCE(a.position, -1) AS action_position, a.number AS action_number, a.title AS action_title`;
const ORDER = 'ORDER BY plan_id, area_position, action_position, m.position, m.id';

/**
 * Mått in the order the plan shows them: område, then the område's own mått before its åtgärders',
 * then åtgärd, then the mått's position. One mått, one åtgärd's or one område's go by their index;
 * a plan's (or the file's) go from its områden down, so a plan of a big file reads only its own.
 */
export function selectMeasureRows(ctx: ServiceContext, filter: { id?: number; actionId?: number; areaId?: number; planId?: number | null }): MeasureRow[] {
  const single = filter.id !== undefined ? ['m.id = ?', filter.id] : filter.actionId !== undefined ? ['m.action_id = ?', filter.actionId]
    : filter.areaId !== undefined ? ['m.area_id = ?', filter.areaId] : null;
  if (single) {
    return ctx.db.prepare(`SELECT m.*, ${OWNER_COLUMNS} FROM measure m LEFT JOIN action a ON a.id = m.action_id
      JOIN area ar ON ar.id = COALESCE(m.area_id, a.area_id) WHERE ${single[0]} ${ORDER}`).all(single[1]) as MeasureRow[];
  }
  const plan = filter.planId ?? null;
  return ctx.db.prepare(`SELECT * FROM (
      SELECT m.*, ${OWNER_COLUMNS} FROM area ar JOIN action a ON a.area_id = ar.id JOIN measure m ON m.action_id = a.id
        WHERE ar.plan_id = @plan OR @plan IS NULL
      UNION ALL
      SELECT m.*, ${OWNER_COLUMNS} FROM area ar JOIN measure m ON m.area_id = ar.id LEFT JOIN action a ON 0
        WHERE ar.plan_id = @plan OR @plan IS NULL
    ) m ${ORDER}`).all({ plan }) as MeasureRow[];
}

export function toMeasure(row: MeasureRow): Measure {
  return {
    id: row.id, planId: row.plan_id, areaId: row.area_id, actionId: row.action_id, position: row.position, name: row.name,
    unit: row.unit, direction: row.direction, baselineValue: row.baseline_value, baselineYear: row.baseline_year,
    targetValue: row.target_value, targetDate: row.target_date, source: row.source, definition: row.definition,
    comment: row.comment, createdAt: row.created_at, updatedAt: row.updated_at, version: row.version,
  };
}

export function toMeasureValue(row: MeasureValueRow): MeasureValue {
  return {
    id: row.id, measureId: row.measure_id, period: row.period, measuredOn: row.measured_on, value: row.value,
    comment: row.comment, source: row.source, reportedBy: row.reported_by, createdAt: row.created_at,
  };
}

/** Oldest period first by the period's last day: "2025" (ends in December) comes after "2025-H1". */
export function byPeriodEnd(a: { period: string }, b: { period: string }): number {
  const endA = periodFromKey(a.period)?.end ?? a.period;
  const endB = periodFromKey(b.period)?.end ?? b.period;
  return endA < endB ? -1 : endA > endB ? 1 : a.period < b.period ? -1 : a.period > b.period ? 1 : 0;
}

/** Utfall per mått, oldest period first, for the given mått (one query, not one per mått). */
export function valuesByMeasure(ctx: ServiceContext, measureIds: number[]): Map<number, MeasureValue[]> {
  const map = new Map<number, MeasureValue[]>();
  if (measureIds.length === 0) return map;
  const rows = ctx.db.prepare(`SELECT v.* FROM measure_value v WHERE v.measure_id IN (SELECT value FROM json_each(?))
    ORDER BY v.measure_id, v.period, v.id`).all(JSON.stringify(measureIds)) as MeasureValueRow[];
  for (const row of rows) {
    const list = map.get(row.measure_id);
    if (list) list.push(toMeasureValue(row));
    else map.set(row.measure_id, [toMeasureValue(row)]);
  }
  for (const list of map.values()) list.sort(byPeriodEnd);
  return map;
}

export function withValues(ctx: ServiceContext, measures: Measure[]): MeasureWithValues[] {
  const values = valuesByMeasure(ctx, measures.map((m) => m.id));
  return measures.map((m) => ({ ...m, values: values.get(m.id) ?? [] }));
}
