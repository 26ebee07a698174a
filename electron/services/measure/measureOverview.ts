import type { MeasureOverview, MeasureStanding } from '../../../shared/domain/measure';
import { countMeasureProgress, measureProgress, measureTrend, type MeasurePoint } from '../../../shared/domain/measureProgress';
import type { ServiceContext } from '../context';
import { MEASURE_ORDER, MEASURE_SELECT, type MeasureRow } from './measureRows';

/**
 * How every mått stands as of a date: the utfall recorded by then, judged for that date's year
 * (shared/domain/measureProgress.ts), or for `year` when given — the yearly report judges its year
 * with every utfall recorded so far, since a year's figures are usually reported after New Year.
 * Two queries for the whole file, whatever its size: Översikt's first render waits for this.
 */
type Row = MeasureRow & { area_name: string; action_number: string | null; action_title: string | null };

export function getMeasureOverview(ctx: ServiceContext, input: { planId: number | null; asOf?: string; year?: number }): MeasureOverview {
  const asOf = input.asOf ?? ctx.today();
  const year = input.year ?? Number(asOf.slice(0, 4));
  const rows = ctx.db.prepare(`${MEASURE_SELECT.replace('FROM measure m', ', ar.name AS area_name, a.number AS action_number, a.title AS action_title FROM measure m')}
    WHERE (@planId IS NULL OR ar.plan_id = @planId) ${MEASURE_ORDER}`).all({ planId: input.planId }) as Row[];
  const points = new Map<number, MeasurePoint[]>();
  const values = ctx.db.prepare(`SELECT v.measure_id, v.period, v.value FROM measure_value v
    WHERE v.measured_on <= @asOf AND (@planId IS NULL OR v.measure_id IN (SELECT m.id FROM measure m
      LEFT JOIN action a ON a.id = m.action_id JOIN area ar ON ar.id = COALESCE(m.area_id, a.area_id) WHERE ar.plan_id = @planId))`)
    .all({ asOf, planId: input.planId }) as { measure_id: number; period: string; value: number }[];
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
