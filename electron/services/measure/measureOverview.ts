import type { MeasureOverview, MeasureStanding } from '@shared/domain/measure';
import { countMeasureProgress, measureProgress, measureTrend, type MeasurePoint } from '@shared/domain/measureProgress';
import type { ServiceContext } from '../context';
import { selectMeasureRows } from './measureRows';

/**
 * How every mått stands as of a date: the utfall recorded by then, judged for that date's year
 * (shared/domain/measureProgress.ts), or for `year` when given — the yearly report judges its year
 * with every utfall recorded so far, since a year's figures are usually reported after New Year.
 * Two queries for the whole file, whatever its size: Översikt's first render waits for this.
 */
export function getMeasureOverview(ctx: ServiceContext, input: { planId: number | null; asOf?: string; year?: number }): MeasureOverview {
  const asOf = input.asOf ?? ctx.today();
  const year = input.year ?? Number(asOf.slice(0, 4));
  const rows = selectMeasureRows(ctx, { planId: input.planId });
  const points = new Map<number, MeasurePoint[]>();
  // The whole file's utfall in one scan; one plan's through its mått (the index on measure_id, period).
  const values = (input.planId === null
    ? ctx.db.prepare('SELECT measure_id, period, value FROM measure_value WHERE measured_on <= ?').all(asOf)
    : ctx.db.prepare(`SELECT v.measure_id, v.period, v.value FROM measure_value v JOIN json_each(?) ids ON v.measure_id = ids.value
        WHERE v.measured_on <= ?`).all(JSON.stringify(rows.map((r) => r.id)), asOf)) as { measure_id: number; period: string; value: number }[];
  for (const v of values) {
    const list = points.get(v.measure_id);
    if (list) list.push({ period: v.period, value: v.value });
    else points.set(v.measure_id, [{ period: v.period, value: v.value }]);
  }
  const measures: MeasureStanding[] = rows.map((row) => {
    const progress = measureProgress({
      direction: row.direction, baselineValue: row.baseline_value, baselineYear: row.baseline_year, targetValue: row.target_value, targetDate: row.target_date,
    }, points.get(row.id) ?? [], year);
    const trend = measureTrend(points.get(row.id) ?? [], year);
    return {
      measureId: row.id, name: row.name, unit: row.unit, direction: row.direction, planId: row.plan_id,
      areaId: row.owner_area_id, areaName: row.area_name, actionId: row.action_id,
      actionName: row.action_title === null ? null : row.action_number ? `${row.action_number} ${row.action_title}` : row.action_title,
      baselineValue: row.baseline_value, baselineYear: row.baseline_year, targetValue: row.target_value, targetDate: row.target_date,
      state: progress.state, latest: progress.latest, expected: progress.expected, trend,
    };
  });
  return { asOf, year, counts: countMeasureProgress(measures), measures };
}
