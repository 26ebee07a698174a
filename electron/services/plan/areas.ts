import type { ServiceContext } from '../context';
import type { Area } from '@shared/domain/types';
import { notFound } from '@shared/errors';
import { logCreate, logDelete } from '../changeLog';
import { deleteRows, inTransaction, insertRow, nextPosition, updateColumns, updateRows, type ColumnMap } from '../records';
import { getPlan } from './plans';

interface AreaRow { id: number; plan_id: number; position: number; name: string; description: string; version: number }

const COLUMNS: ColumnMap<Area> = { name: 'name', description: 'description', position: 'position' };

function toArea(row: AreaRow): Area {
  return { id: row.id, planId: row.plan_id, position: row.position, name: row.name, description: row.description, version: row.version };
}

export function listAreas(ctx: ServiceContext, planId?: number): Area[] {
  const rows = ctx.db.prepare('SELECT * FROM area WHERE (@planId IS NULL OR plan_id = @planId) ORDER BY plan_id, position, id')
    .all({ planId: planId ?? null }) as AreaRow[];
  return rows.map(toArea);
}

export function getArea(ctx: ServiceContext, id: number): Area {
  const row = ctx.db.prepare('SELECT * FROM area WHERE id = ?').get(id) as AreaRow | undefined;
  if (!row) throw notFound(`Utvecklingsområdet finns inte (id ${id}).`);
  return toArea(row);
}

export function createArea(ctx: ServiceContext, input: { planId: number; name: string; description: string }): Area {
  return inTransaction(ctx, () => {
    getPlan(ctx, input.planId);
    const id = insertRow(ctx, 'area', {
      plan_id: input.planId, position: nextPosition(ctx.db, 'area', 'plan_id', input.planId),
      name: input.name, description: input.description,
    });
    logCreate(ctx, 'area', id, input, { planId: input.planId });
    return getArea(ctx, id);
  });
}

/** Moving an area to a position shifts the others so positions stay 0..n-1. */
export function updateArea(ctx: ServiceContext, input: { id: number; patch: Partial<Pick<Area, 'name' | 'description' | 'position'>> }): Area {
  return inTransaction(ctx, () => {
    const before = getArea(ctx, input.id);
    const { position, ...rest } = input.patch;
    updateColumns(ctx, { table: 'area', entity: 'area', id: input.id, columns: COLUMNS, before, patch: rest, refs: { planId: before.planId } });
    if (position !== undefined && position !== before.position) moveArea(ctx, before, position);
    return getArea(ctx, input.id);
  });
}

function moveArea(ctx: ServiceContext, area: Area, position: number): void {
  const siblings = listAreas(ctx, area.planId).filter((a) => a.id !== area.id);
  const target = Math.min(position, siblings.length);
  siblings.splice(target, 0, area);
  siblings.forEach((a, index) => {
    if (a.position !== index) updateRows(ctx, 'area', { id: a.id }, { position: index });
  });
  updateColumns(ctx, { table: 'area', entity: 'area', id: area.id, columns: COLUMNS, before: area, patch: { position: target }, refs: { planId: area.planId } });
}

export function deleteArea(ctx: ServiceContext, id: number): null {
  return inTransaction(ctx, () => {
    const before = getArea(ctx, id);
    deleteRows(ctx, 'area', { id: id });
    logDelete(ctx, 'area', id, before, { planId: before.planId });
    return null;
  });
}
