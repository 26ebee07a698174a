import type { ServiceContext } from './context';
import type { ChangeEntry, ChangeOperation } from '@shared/domain/types';

/**
 * Every write records who, when, what and old → new in the same transaction as the write,
 * so an auditor can ask "when did this become Genomförd, and on what evidence?".
 */
export interface ChangeRefs {
  planId?: number | null;
  actionId?: number | null;
}

function asText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function insert(ctx: ServiceContext, entity: string, entityId: number, operation: ChangeOperation,
  field: string | null, oldValue: unknown, newValue: unknown, refs: ChangeRefs): void {
  ctx.db.prepare(`INSERT INTO change_log (at, user, entity, entity_id, operation, field, old_value, new_value, plan_id, action_id)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(ctx.now(), ctx.user, entity, entityId, operation, field, asText(oldValue), asText(newValue),
      refs.planId ?? null, refs.actionId ?? null);
}

export function logCreate(ctx: ServiceContext, entity: string, entityId: number, record: unknown, refs: ChangeRefs = {}): void {
  insert(ctx, entity, entityId, 'create', null, null, record, refs);
}

export function logDelete(ctx: ServiceContext, entity: string, entityId: number, record: unknown, refs: ChangeRefs = {}): void {
  insert(ctx, entity, entityId, 'delete', null, record, null, refs);
}

/** One row per changed field; unchanged fields leave no trace. */
export function logUpdate<T extends object>(ctx: ServiceContext, entity: string, entityId: number, before: T, after: T,
  refs: ChangeRefs = {}): void {
  for (const field of Object.keys(after) as (keyof T & string)[]) {
    const oldValue = asText(before[field]);
    const newValue = asText(after[field]);
    if (oldValue !== newValue) insert(ctx, entity, entityId, 'update', field, oldValue, newValue, refs);
  }
}

interface ChangeRow {
  id: number; at: string; user: string; entity: string; entity_id: number; operation: ChangeOperation;
  field: string | null; old_value: string | null; new_value: string | null; plan_id: number | null; action_id: number | null;
  subject: string | null;
}

function toChange(row: ChangeRow): ChangeEntry {
  return {
    id: row.id, at: row.at, user: row.user, entity: row.entity, entityId: row.entity_id, operation: row.operation,
    field: row.field, oldValue: row.old_value, newValue: row.new_value, planId: row.plan_id, actionId: row.action_id,
    subject: row.subject,
  };
}

/**
 * What a change is about, in words: the åtgärd it belongs to, else the name or title the record
 * had (from the logged values, so deleted records keep their name), else the record as it is now.
 */
const SUBJECT_SQL = `COALESCE(
  (SELECT trim(a.number || ' ' || a.title) FROM action a WHERE a.id = c.action_id),
  CASE WHEN json_valid(c.new_value) AND json_type(c.new_value) = 'object' THEN COALESCE(json_extract(c.new_value, '$.title'), json_extract(c.new_value, '$.name')) END,
  CASE WHEN json_valid(c.old_value) AND json_type(c.old_value) = 'object' THEN COALESCE(json_extract(c.old_value, '$.title'), json_extract(c.old_value, '$.name')) END,
  CASE c.entity
    WHEN 'plan' THEN (SELECT name FROM plan WHERE id = c.entity_id)
    WHEN 'area' THEN (SELECT name FROM area WHERE id = c.entity_id)
    WHEN 'body' THEN (SELECT name FROM body WHERE id = c.entity_id)
    WHEN 'source' THEN (SELECT title FROM source WHERE id = c.entity_id)
    WHEN 'audit' THEN (SELECT title FROM audit WHERE id = c.entity_id)
    WHEN 'indicator' THEN (SELECT code FROM indicator WHERE id = c.entity_id)
    WHEN 'measure_value' THEN CASE WHEN json_valid(c.new_value) THEN json_extract(c.new_value, '$.measure')
      WHEN json_valid(c.old_value) THEN json_extract(c.old_value, '$.measure') END
    WHEN 'meeting_note' THEN COALESCE(
      (SELECT name FROM area WHERE id = CASE
        WHEN json_valid(c.new_value) THEN json_extract(c.new_value, '$.areaId')
        WHEN json_valid(c.old_value) THEN json_extract(c.old_value, '$.areaId') END),
      (SELECT name FROM plan WHERE id = c.plan_id))
  END)`;

export function listChanges(ctx: ServiceContext, input: { since: string; planId?: number; actionId?: number; limit: number }): ChangeEntry[] {
  const rows = ctx.db.prepare(`SELECT c.*, ${SUBJECT_SQL} AS subject FROM change_log c
    WHERE c.at >= @since AND (@planId IS NULL OR c.plan_id = @planId) AND (@actionId IS NULL OR c.action_id = @actionId)
    ORDER BY c.at DESC, c.id DESC LIMIT @limit`)
    .all({ since: input.since, planId: input.planId ?? null, actionId: input.actionId ?? null, limit: input.limit }) as ChangeRow[];
  return rows.map(toChange);
}
