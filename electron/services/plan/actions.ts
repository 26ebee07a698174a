import type { ServiceContext } from '../context';
import type { z } from 'zod';
import type { Action, Responsibility, ResponsibilityRole } from '@shared/domain/types';
import type { responsibility } from '@shared/api/plan';
import { notFound } from '@shared/errors';
import { logCreate, logDelete, logUpdate } from '../changeLog';
import { deleteRows, inTransaction, insertRow, nextPosition, updateColumns, updateRows, type ColumnMap } from '../records';
import { Problems } from '../validation';
import { getArea } from './areas';

interface ActionRow {
  id: number; area_id: number; plan_id: number; position: number; number: string; title: string; description: string;
  proposed_measures: string; start_date: string | null; deadline: string | null; indicator_text: string;
  created_at: string; updated_at: string; version: number;
}

export const ACTION_COLUMNS: ColumnMap<Action> = {
  areaId: 'area_id', position: 'position', number: 'number', title: 'title', description: 'description',
  proposedMeasures: 'proposed_measures', startDate: 'start_date', deadline: 'deadline', indicatorText: 'indicator_text',
};

export type ResponsibilityInput = z.output<typeof responsibility>;
export type ActionFields = Omit<Action, 'id' | 'planId' | 'position' | 'responsible' | 'createdAt' | 'updatedAt' | 'version'> & {
  responsible: ResponsibilityInput[];
};

export const ACTION_SELECT = 'SELECT a.*, ar.plan_id FROM action a JOIN area ar ON ar.id = a.area_id';

export function toAction(row: ActionRow, responsible: Responsibility[]): Action {
  return {
    id: row.id, planId: row.plan_id, areaId: row.area_id, position: row.position, number: row.number, title: row.title,
    description: row.description, proposedMeasures: row.proposed_measures, startDate: row.start_date,
    deadline: row.deadline, indicatorText: row.indicator_text, responsible,
    createdAt: row.created_at, updatedAt: row.updated_at, version: row.version,
  };
}

/** Responsibilities per åtgärd, huvudansvarig first, for all åtgärder, one, or one plan's (a big file has many plans). */
export function responsibilitiesByAction(ctx: ServiceContext, actionId?: number, planId?: number): Map<number, Responsibility[]> {
  const rows = ctx.db.prepare(`SELECT ab.action_id, ab.body_id, b.name, ab.role FROM action_body ab JOIN body b ON b.id = ab.body_id
      WHERE (@actionId IS NULL OR ab.action_id = @actionId)
        AND (@planId IS NULL OR ab.action_id IN (SELECT a.id FROM area ar JOIN action a ON a.area_id = ar.id WHERE ar.plan_id = @planId))
      ORDER BY ab.action_id, ab.role = 'medansvarig', b.name COLLATE NOCASE`)
    .all({ actionId: actionId ?? null, planId: planId ?? null }) as { action_id: number; body_id: number; name: string; role: ResponsibilityRole }[];
  const map = new Map<number, Responsibility[]>();
  for (const row of rows) {
    const list = map.get(row.action_id) ?? [];
    list.push({ bodyId: row.body_id, bodyName: row.name, role: row.role });
    map.set(row.action_id, list);
  }
  return map;
}

export function getAction(ctx: ServiceContext, id: number): Action {
  const row = ctx.db.prepare(`${ACTION_SELECT} WHERE a.id = ?`).get(id) as ActionRow | undefined;
  if (!row) throw notFound(`Åtgärden finns inte (id ${id}).`);
  return toAction(row, responsibilitiesByAction(ctx, id).get(id) ?? []);
}

function checkAction(ctx: ServiceContext, fields: Pick<ActionFields, 'startDate' | 'deadline' | 'responsible'>): void {
  const problems = new Problems();
  problems.check(fields.startDate === null || fields.deadline === null || fields.startDate <= fields.deadline,
    'deadline', 'Klart senast kan inte vara före start.');
  const leads = fields.responsible.filter((r) => r.role === 'huvudansvarig').length;
  problems.check(leads === 1, 'responsible', 'Ange exakt en huvudansvarig nämnd.');
  const ids = fields.responsible.map((r) => r.bodyId);
  problems.check(new Set(ids).size === ids.length, 'responsible', 'Samma nämnd är angiven flera gånger.');
  const exists = ctx.db.prepare('SELECT 1 FROM body WHERE id = ?');
  for (const bodyId of ids) problems.check(exists.get(bodyId) !== undefined, 'responsible', `Okänd nämnd (id ${bodyId}).`);
  problems.throwIfAny();
}

function writeResponsibilities(ctx: ServiceContext, actionId: number, responsible: ResponsibilityInput[]): void {
  deleteRows(ctx, 'action_body', { action_id: actionId });
  for (const r of responsible) insertRow(ctx, 'action_body', { action_id: actionId, body_id: r.bodyId, role: r.role });
}

/** How the change log shows responsibilities: "Socialnämnden (huvudansvarig), Kommunstyrelsen". */
function describeResponsibilities(list: Responsibility[]): string {
  return list.map((r) => (r.role === 'huvudansvarig' ? `${r.bodyName} (huvudansvarig)` : r.bodyName)).join(', ');
}

export function createAction(ctx: ServiceContext, input: ActionFields): Action {
  return inTransaction(ctx, () => {
    const area = getArea(ctx, input.areaId);
    checkAction(ctx, input);
    const now = ctx.now();
    const id = insertRow(ctx, 'action', {
      area_id: input.areaId, position: nextPosition(ctx.db, 'action', 'area_id', input.areaId), number: input.number,
      title: input.title, description: input.description, proposed_measures: input.proposedMeasures,
      start_date: input.startDate, deadline: input.deadline, indicator_text: input.indicatorText,
      created_at: now, updated_at: now,
    });
    writeResponsibilities(ctx, id, input.responsible);
    const action = getAction(ctx, id);
    logCreate(ctx, 'action', id, { ...input, responsible: describeResponsibilities(action.responsible) }, { planId: area.planId, actionId: id });
    return action;
  });
}

export function updateAction(ctx: ServiceContext, input: { id: number; patch: Partial<ActionFields & { position: number }> }): Action {
  return inTransaction(ctx, () => {
    const before = getAction(ctx, input.id);
    const { responsible, ...patch } = input.patch;
    if (patch.areaId !== undefined && getArea(ctx, patch.areaId).planId !== before.planId) {
      new Problems().check(false, 'areaId', 'Åtgärden kan bara flyttas till ett utvecklingsområde i samma plan.').throwIfAny();
    }
    checkAction(ctx, {
      startDate: patch.startDate !== undefined ? patch.startDate : before.startDate,
      deadline: patch.deadline !== undefined ? patch.deadline : before.deadline,
      responsible: responsible ?? before.responsible,
    });
    const refs = { planId: before.planId, actionId: before.id };
    const changed = updateColumns(ctx, { table: 'action', entity: 'action', id: input.id, columns: ACTION_COLUMNS, before, patch, refs });
    let responsibilitiesChanged = false;
    if (responsible !== undefined) {
      writeResponsibilities(ctx, input.id, responsible);
      const after = responsibilitiesByAction(ctx, input.id).get(input.id) ?? [];
      const oldText = describeResponsibilities(before.responsible);
      const newText = describeResponsibilities(after);
      responsibilitiesChanged = oldText !== newText;
      logUpdate(ctx, 'action', input.id, { responsible: oldText }, { responsible: newText }, refs);
    }
    if (changed || responsibilitiesChanged) updateRows(ctx, 'action', { id: input.id }, { updated_at: ctx.now() });
    return getAction(ctx, input.id);
  });
}

export function deleteAction(ctx: ServiceContext, id: number): null {
  return inTransaction(ctx, () => {
    const before = getAction(ctx, id);
    deleteRows(ctx, 'action', { id: id });
    logDelete(ctx, 'action', id, { ...before, responsible: describeResponsibilities(before.responsible) }, { planId: before.planId, actionId: id });
    return null;
  });
}
