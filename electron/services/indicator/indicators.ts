import type { ServiceContext } from '../context';
import type { Indicator, IndicatorValue } from '../../../shared/domain/types';
import { conflict, notFound } from '../../../shared/errors';
import { logCreate, logDelete, logUpdate } from '../changeLog';
import { deleteRows, inTransaction, insertRow, updateColumns, upsertRow, type ColumnMap } from '../records';

interface IndicatorRow { id: number; code: string; quality_area: string; indicator_area: string; text: string; national_share_yes: number | null; origin: string }
interface ValueRow { indicator_id: number; year: number; score: 0 | 1 | 2; comment: string }

const COLUMNS: ColumnMap<Indicator> = {
  code: 'code', qualityArea: 'quality_area', indicatorArea: 'indicator_area', text: 'text', nationalShareYes: 'national_share_yes',
};

export type IndicatorFields = Pick<Indicator, 'code' | 'qualityArea' | 'indicatorArea' | 'text' | 'nationalShareYes'> & { origin?: string };

function toValue(row: ValueRow): IndicatorValue {
  return { indicatorId: row.indicator_id, year: row.year, score: row.score, comment: row.comment };
}

export function listIndicators(ctx: ServiceContext): Indicator[] {
  const values = new Map<number, IndicatorValue[]>();
  for (const row of ctx.db.prepare('SELECT * FROM indicator_value ORDER BY indicator_id, year').all() as ValueRow[]) {
    values.set(row.indicator_id, [...(values.get(row.indicator_id) ?? []), toValue(row)]);
  }
  return (ctx.db.prepare('SELECT * FROM indicator ORDER BY code').all() as IndicatorRow[]).map((row) => ({
    id: row.id, code: row.code, qualityArea: row.quality_area, indicatorArea: row.indicator_area, text: row.text,
    nationalShareYes: row.national_share_yes, origin: row.origin, values: values.get(row.id) ?? [],
  }));
}

function getIndicator(ctx: ServiceContext, id: number): Indicator {
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
    const id = insertRow(ctx, 'indicator', {
      code: input.code, quality_area: input.qualityArea, indicator_area: input.indicatorArea, text: input.text,
      national_share_yes: input.nationalShareYes, origin: input.origin ?? 'egen',
    });
    logCreate(ctx, 'indicator', id, input);
    return getIndicator(ctx, id);
  });
}

export function updateIndicator(ctx: ServiceContext, input: { id: number; patch: Partial<IndicatorFields> }): Indicator {
  return inTransaction(ctx, () => {
    const before = getIndicator(ctx, input.id);
    if (input.patch.code !== undefined) assertCodeFree(ctx, input.patch.code, input.id);
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
    getIndicator(ctx, input.indicatorId);
    const before = ctx.db.prepare('SELECT * FROM indicator_value WHERE indicator_id = ? AND year = ?').get(input.indicatorId, input.year) as ValueRow | undefined;
    upsertRow(ctx, 'indicator_value', { indicator_id: input.indicatorId, year: input.year }, { score: input.score, comment: input.comment });
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
