import type { MeasureValue } from '@shared/domain/measure';
import { measureValueProblem } from '@shared/domain/measureRules';
import { periodContaining, periodFromKey } from '@shared/domain/period';
import { notFound } from '@shared/errors';
import type { ServiceContext } from '../context';
import { logCreate, logDelete, logUpdate } from '../changeLog';
import { deleteRows, inTransaction, insertRow, updateRows } from '../records';
import { Problems } from '../validation';
import { getPlan } from '../plan/plans';
import { getMeasure, measureRefs } from './measures';
import { toMeasureValue, type MeasureValueRow } from './measureRows';

/**
 * Utfall: one value per mått and follow-up period. Recording a period again replaces its value, and
 * the change log keeps what it was. An utfall for a period outside the plan's years is allowed; the
 * forms and the import preview warn about it first (periodOutsidePlan).
 */
export type MeasureValueFields = Omit<MeasureValue, 'id' | 'createdAt'>;

function getMeasureValue(ctx: ServiceContext, id: number): MeasureValue {
  const row = ctx.db.prepare('SELECT * FROM measure_value WHERE id = ?').get(id) as MeasureValueRow | undefined;
  if (!row) throw notFound(`Utfallet finns inte (id ${id}).`);
  return toMeasureValue(row);
}

/** What the change log keeps of an utfall: the mått's name makes it readable after the mått is gone. */
function logged(measureName: string, value: MeasureValueFields): Record<string, unknown> {
  return { measure: measureName, period: value.period, measuredOn: value.measuredOn, value: value.value, comment: value.comment, source: value.source, reportedBy: value.reportedBy };
}

/**
 * `field` names the form's field in a refusal (the Ny lägesrapport form has one per mått). Checks
 * the value against the mått's unit and the date against today.
 */
export function setMeasureValue(ctx: ServiceContext, input: MeasureValueFields, field = 'value'): MeasureValue {
  return inTransaction(ctx, () => {
    const measure = getMeasure(ctx, input.measureId);
    const problem = measureValueProblem(measure.unit, input.value);
    new Problems()
      .check(problem === null, field, `${measure.name}: utfallet ${problem}`)
      .check(periodFromKey(input.period) !== null, 'period', 'Ange en period som 2026, 2026-H1 eller 2026-T3.')
      .check(input.measuredOn <= ctx.today(), 'measuredOn', 'Datum kan inte ligga i framtiden.')
      .throwIfAny();
    const before = ctx.db.prepare('SELECT * FROM measure_value WHERE measure_id = ? AND period = ?').get(input.measureId, input.period) as MeasureValueRow | undefined;
    const values = {
      measured_on: input.measuredOn, value: input.value, comment: input.comment, source: input.source, reported_by: input.reportedBy,
    };
    const refs = measureRefs(measure);
    if (before) {
      updateRows(ctx, 'measure_value', { id: before.id }, values);
      logUpdate(ctx, 'measure_value', before.id, logged(measure.name, toMeasureValue(before)), logged(measure.name, input), refs);
      return getMeasureValue(ctx, before.id);
    }
    const id = insertRow(ctx, 'measure_value', { measure_id: input.measureId, period: input.period, ...values, created_at: ctx.now() });
    logCreate(ctx, 'measure_value', id, logged(measure.name, input), refs);
    return getMeasureValue(ctx, id);
  });
}

export function deleteMeasureValue(ctx: ServiceContext, id: number): null {
  return inTransaction(ctx, () => {
    const before = getMeasureValue(ctx, id);
    const measure = getMeasure(ctx, before.measureId);
    deleteRows(ctx, 'measure_value', { id });
    logDelete(ctx, 'measure_value', id, logged(measure.name, before), measureRefs(measure));
    return null;
  });
}

/**
 * The utfall sent with a lägesrapport: they take its date, källa, who reported and its period (or, when the
 * report's period is not a period key, the plan's period that the date falls in). Part of the report's
 * transaction, so the status and its figures are saved, logged and undone together. A refusal names
 * the form's field for that mått: `measureValues.<index>.value`.
 */
export function recordReportedValues(ctx: ServiceContext,
  report: { actionId: number; reportedOn: string; period: string; reportedBy: string; planId: number; source: string },
  values: { measureId: number; value: number; comment: string }[]): MeasureValue[] {
  if (values.length === 0) return [];
  const plan = getPlan(ctx, report.planId);
  const period = periodFromKey(report.period)?.key ?? periodContaining(plan.followUpRhythm, report.reportedOn).key;
  const problems = new Problems();
  const seen = new Set<number>();
  values.forEach((v, index) => {
    const measure = getMeasure(ctx, v.measureId);
    problems.check(measure.actionId === report.actionId, `measureValues.${index}.measureId`, `Måttet ”${measure.name}” hör inte till åtgärden.`);
    problems.check(!seen.has(v.measureId), `measureValues.${index}.measureId`, `Måttet ”${measure.name}” har fått två utfall.`);
    seen.add(v.measureId);
    const problem = measureValueProblem(measure.unit, v.value);
    problems.check(problem === null, `measureValues.${index}.value`, `${measure.name}: utfallet ${problem}`);
  });
  problems.throwIfAny();
  return values.map((v, index) => setMeasureValue(ctx, {
    measureId: v.measureId, period, measuredOn: report.reportedOn, value: v.value, comment: v.comment, source: report.source, reportedBy: report.reportedBy,
  }, `measureValues.${index}.value`));
}
