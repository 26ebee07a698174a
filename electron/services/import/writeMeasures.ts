import type { MeasureUnit } from '@shared/domain/measure';
import { measureValueProblem } from '@shared/domain/measureRules';
import type { ServiceContext } from '../context';
import { logCreate } from '../changeLog';
import { insertRow } from '../records';
import { ImportProblems } from './importProblems';
import type { ParsedMeasure } from './measureCells';
import type { ParsedPlan } from './planRows';

/**
 * The strateg's word on each imported mått (the preview shows every reading): another unit, or
 * leave it out. A figure that does not fit the unit finally chosen refuses the whole import, naming
 * row and column, so nothing half-read is saved.
 */
export interface MeasureChoice {
  row: number;
  unit?: MeasureUnit;
  skip: boolean;
}

/** The mått to write per row, with the chosen unit; refuses figures their unit does not allow. */
export function chosenMeasures(parsed: ParsedPlan, choices: MeasureChoice[], fileName: string): Map<number, ParsedMeasure> {
  const byRow = new Map(choices.map((c) => [c.row, c]));
  const problems = new ImportProblems();
  const result = new Map<number, ParsedMeasure>();
  for (const action of parsed.actions) {
    const choice = byRow.get(action.row);
    if (!action.measure || choice?.skip) continue;
    const measure = { ...action.measure, unit: choice?.unit ?? action.measure.unit };
    const figures = [
      ...(measure.baseline ? [{ header: 'Utgångsvärde', value: measure.baseline.value }] : []),
      ...(measure.target ? [{ header: 'Målvärde', value: measure.target.value }] : []),
      ...measure.values,
    ];
    for (const f of figures) {
      const problem = measureValueProblem(measure.unit, f.value);
      if (problem) problems.add(action.row, f.header, String(f.value), `passar inte enheten: ${problem} Välj en annan enhet eller läs inte in måttet.`);
    }
    result.set(action.row, measure);
  }
  problems.throwIfAny(fileName);
  return result;
}

/** One mått and its utfall for a new åtgärd, logged as createMeasure and setMeasureValue log them. */
export function writeImportedMeasure(ctx: ServiceContext, refs: { planId: number; actionId: number }, m: ParsedMeasure, measuredOn: string): void {
  const now = ctx.now();
  const fields = {
    actionId: refs.actionId, areaId: null, name: m.name, unit: m.unit, direction: m.direction, baselineValue: m.baseline?.value ?? null,
    baselineYear: m.baseline?.year ?? null, targetValue: m.target?.value ?? null, targetDate: m.target?.date ?? null, source: '', definition: '', comment: m.comment,
  };
  const id = insertRow(ctx, 'measure', {
    area_id: null, action_id: refs.actionId, position: 0, name: fields.name, unit: fields.unit, direction: fields.direction,
    baseline_value: fields.baselineValue, baseline_year: fields.baselineYear, target_value: fields.targetValue, target_date: fields.targetDate,
    source: '', definition: '', comment: fields.comment, created_at: now, updated_at: now,
  });
  logCreate(ctx, 'measure', id, fields, refs);
  for (const v of m.values) {
    const value = { measure: m.name, period: v.period, measuredOn, value: v.value, comment: '', source: '', reportedBy: '' };
    const valueId = insertRow(ctx, 'measure_value', {
      measure_id: id, period: v.period, measured_on: measuredOn, value: v.value, comment: '', source: '', reported_by: '', created_at: now,
    });
    logCreate(ctx, 'measure_value', valueId, value, refs);
  }
}
