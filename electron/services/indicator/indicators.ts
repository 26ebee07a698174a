import type { ServiceContext } from '../context';
import type { Indicator, IndicatorUnit, IndicatorValue } from '@shared/domain/types';
import { measureValueProblem } from '@shared/domain/measureRules';
import { conflict, notFound } from '@shared/errors';
import { MEASURE_UNIT_LABEL } from '@shared/measureLabels';
import { Problems } from '../validation';
import { logCreate, logDelete, logUpdate } from '../changeLog';
import { deleteRows, inTransaction, insertRow, updateColumns, upsertRow, type ColumnMap } from '../records';

interface IndicatorRow {
  id: number; code: string; quality_area: string; indicator_area: string; text: string; national_share_yes: number | null; origin: string;
  unit: IndicatorUnit | null; version: number;
}
interface ValueRow { indicator_id: number; year: number; score: 0 | 1 | 2 | null; value: number | null; comment: string }

const COLUMNS: ColumnMap<Indicator> = {
  code: 'code', qualityArea: 'quality_area', indicatorArea: 'indicator_area', text: 'text', nationalShareYes: 'national_share_yes', unit: 'unit',
};

export type IndicatorFields = Pick<Indicator, 'code' | 'qualityArea' | 'indicatorArea' | 'text' | 'nationalShareYes'>
  & { unit?: IndicatorUnit | null; origin?: string };

function toValue(row: ValueRow): IndicatorValue {
  return { indicatorId: row.indicator_id, year: row.year, score: row.score, value: row.value, comment: row.comment };
}

/** Only the kommun's own indicators take numbers: the ÖJ indicators are answered as SKL asks, Ja/Delvis/Nej. */
function checkUnit(origin: string, unit: IndicatorUnit | null, hasValues: boolean, changed: boolean): void {
  const problems = new Problems();
  if (unit !== null && origin !== 'egen') {
    problems.check(false, 'unit', 'Bara egna indikatorer kan besvaras med tal. ÖJ-indikatorerna besvaras med Ja, Delvis eller Nej.');
  } else {
    problems.check(!(changed && hasValues), 'unit', 'Svarssättet kan inte ändras när indikatorn har svar. Ta bort svaren först.');
  }
  problems.throwIfAny();
}

export function listIndicators(ctx: ServiceContext): Indicator[] {
  const values = new Map<number, IndicatorValue[]>();
  for (const row of ctx.db.prepare('SELECT * FROM indicator_value ORDER BY indicator_id, year').all() as ValueRow[]) {
    values.set(row.indicator_id, [...(values.get(row.indicator_id) ?? []), toValue(row)]);
  }
  return (ctx.db.prepare('SELECT * FROM indicator ORDER BY code').all() as IndicatorRow[]).map((row) => ({
    id: row.id, code: row.code, qualityArea: row.quality_area, indicatorArea: row.indicator_area, text: row.text,
    nationalShareYes: row.national_share_yes, origin: row.origin, unit: row.unit, values: values.get(row.id) ?? [], version: row.version,
  }));
}

export function getIndicator(ctx: ServiceContext, id: number): Indicator {
  const found = listIndicators(ctx).find((i) => i.id === id);
  if (!found) throw notFound(`Indikatorn finns inte (id ${id}).`);
  return found;
}

function assertCodeFree(ctx: ServiceContext, code: string, exceptId: number | null): void {
  if (ctx.db.prepare('SELECT 1 FROM indicator WHERE code = ? AND id IS NOT ?').get(code, exceptId)) {
    throw conflict(`Det finns redan en indikator med koden ${code}.`);
  }
}

export function createIndicator(ctx: ServiceContext, input: IndicatorFields): Indicator {
  return inTransaction(ctx, () => {
    assertCodeFree(ctx, input.code, null);
    checkUnit(input.origin ?? 'egen', input.unit ?? null, false, false);
    const id = insertRow(ctx, 'indicator', {
      code: input.code, quality_area: input.qualityArea, indicator_area: input.indicatorArea, text: input.text,
      national_share_yes: input.nationalShareYes, origin: input.origin ?? 'egen', unit: input.unit ?? null,
    });
    logCreate(ctx, 'indicator', id, input);
    return getIndicator(ctx, id);
  });
}

export function updateIndicator(ctx: ServiceContext, input: { id: number; patch: Partial<IndicatorFields> }): Indicator {
  return inTransaction(ctx, () => {
    const before = getIndicator(ctx, input.id);
    if (input.patch.code !== undefined) assertCodeFree(ctx, input.patch.code, input.id);
    if (input.patch.unit !== undefined) checkUnit(before.origin, input.patch.unit, before.values.length > 0, input.patch.unit !== before.unit);
    updateColumns(ctx, { table: 'indicator', entity: 'indicator', id: input.id, columns: COLUMNS, before, patch: input.patch });
    return getIndicator(ctx, input.id);
  });
}

export function deleteIndicator(ctx: ServiceContext, id: number): null {
  return inTransaction(ctx, () => {
    const before = getIndicator(ctx, id);
    deleteRows(ctx, 'indicator', { id: id });
    logDelete(ctx, 'indicator', id, before);
    return null;
  });
}

/** One value per indicator and year: setting it again replaces it (and the log keeps the old one). */
export function setIndicatorValue(ctx: ServiceContext, input: IndicatorValue): IndicatorValue {
  return inTransaction(ctx, () => {
    const indicator = getIndicator(ctx, input.indicatorId);
    const problems = new Problems();
    if (indicator.unit === null) {
      problems.check(input.score !== null && input.value === null, 'score', `${indicator.code} besvaras med Ja, Delvis eller Nej.`);
    } else {
      const problem = input.value === null ? null : measureValueProblem(indicator.unit, input.value);
      problems.check(input.value !== null && input.score === null, 'value', `${indicator.code} besvaras med ett tal (${MEASURE_UNIT_LABEL[indicator.unit].toLowerCase()}).`);
      problems.check(problem === null, 'value', `${indicator.code}: värdet ${problem}`);
    }
    problems.throwIfAny();
    const before = ctx.db.prepare('SELECT * FROM indicator_value WHERE indicator_id = ? AND year = ?').get(input.indicatorId, input.year) as ValueRow | undefined;
    upsertRow(ctx, 'indicator_value', { indicator_id: input.indicatorId, year: input.year }, { score: input.score, value: input.value, comment: input.comment });
    if (before) logUpdate(ctx, 'indicator_value', input.indicatorId, toValue(before), input);
    else logCreate(ctx, 'indicator_value', input.indicatorId, input);
    return input;
  });
}

export function deleteIndicatorValue(ctx: ServiceContext, input: { indicatorId: number; year: number }): null {
  return inTransaction(ctx, () => {
    const before = ctx.db.prepare('SELECT * FROM indicator_value WHERE indicator_id = ? AND year = ?').get(input.indicatorId, input.year) as ValueRow | undefined;
    if (!before) throw notFound(`Det finns inget värde för ${input.year}.`);
    deleteRows(ctx, 'indicator_value', { indicator_id: input.indicatorId, year: input.year });
    logDelete(ctx, 'indicator_value', input.indicatorId, toValue(before));
    return null;
  });
}
