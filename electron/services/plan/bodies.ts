import type { ServiceContext } from '../context';
import type { Body, BodyKind } from '@shared/domain/types';
import { conflict, notFound } from '@shared/errors';
import { logCreate, logDelete } from '../changeLog';
import { deleteRows, inTransaction, insertRow, updateColumns, type ColumnMap } from '../records';

interface BodyRow { id: number; name: string; kind: BodyKind; active: number; version: number }

const COLUMNS: ColumnMap<Body> = { name: 'name', kind: 'kind', active: 'active' };

function toBody(row: BodyRow): Body {
  return { id: row.id, name: row.name, kind: row.kind, active: row.active === 1, version: row.version };
}

export function listBodies(ctx: ServiceContext): Body[] {
  return (ctx.db.prepare('SELECT * FROM body ORDER BY name COLLATE NOCASE').all() as BodyRow[]).map(toBody);
}

export function getBody(ctx: ServiceContext, id: number): Body {
  const row = ctx.db.prepare('SELECT * FROM body WHERE id = ?').get(id) as BodyRow | undefined;
  if (!row) throw notFound(`Nämnden finns inte (id ${id}).`);
  return toBody(row);
}

function assertNameFree(ctx: ServiceContext, name: string, exceptId: number | null): void {
  const clash = ctx.db.prepare('SELECT id FROM body WHERE name = ? COLLATE NOCASE AND id IS NOT ?').get(name, exceptId);
  if (clash) throw conflict(`Det finns redan en nämnd som heter ”${name}”.`);
}

export function createBody(ctx: ServiceContext, input: Omit<Body, 'id' | 'version'>): Body {
  return inTransaction(ctx, () => {
    assertNameFree(ctx, input.name, null);
    const id = insertRow(ctx, 'body', { name: input.name, kind: input.kind, active: input.active });
    logCreate(ctx, 'body', id, input);
    return getBody(ctx, id);
  });
}

export function updateBody(ctx: ServiceContext, input: { id: number; patch: Partial<Omit<Body, 'id' | 'version'>> }): Body {
  return inTransaction(ctx, () => {
    const before = getBody(ctx, input.id);
    if (input.patch.name !== undefined) assertNameFree(ctx, input.patch.name, input.id);
    updateColumns(ctx, { table: 'body', entity: 'body', id: input.id, columns: COLUMNS, before, patch: input.patch });
    return getBody(ctx, input.id);
  });
}

/** A nämnd that is responsible for something is kept: history refers to it (mark it inactive instead). */
export function deleteBody(ctx: ServiceContext, id: number): null {
  return inTransaction(ctx, () => {
    const before = getBody(ctx, id);
    const uses = ctx.db.prepare(`SELECT
        (SELECT COUNT(*) FROM action_body WHERE body_id = @id) AS actions,
        (SELECT COUNT(*) FROM status_report WHERE body_id = @id) AS reports,
        (SELECT COUNT(*) FROM recommendation_body WHERE body_id = @id) + (SELECT COUNT(*) FROM audit_body WHERE body_id = @id) AS audits`)
      .get({ id }) as { actions: number; reports: number; audits: number };
    if (uses.actions + uses.reports + uses.audits > 0) {
      throw conflict(`${before.name} kan inte tas bort: den är ansvarig för ${uses.actions} åtgärder, har lämnat ${uses.reports} lägesrapporter `
        + `och förekommer i ${uses.audits} granskningar. Markera den som inaktiv i stället.`);
    }
    deleteRows(ctx, 'body', { id: id });
    logDelete(ctx, 'body', id, before);
    return null;
  });
}
