import type { ServiceContext } from '../context';
import type { Recommendation, RecommendationFollowup, RecommendationResponse } from '@shared/domain/types';
import type { ReportedStatus } from '@shared/domain/status';
import { invalid, notFound } from '@shared/errors';
import { logCreate, logDelete, logUpdate } from '../changeLog';
import { deleteRows, inTransaction, insertRow, nextPosition, updateColumns, updateRows, type ColumnMap } from '../records';
import { checkBodiesExist } from './auditedBodies';

interface ResponseRow {
  id: number; recommendation_id: number; body_id: number; body_name: string; response: string; planned_measures: string;
  responsible: string; deadline: string | null; status: ReportedStatus; version: number;
}

const RESPONSE_COLUMNS: ColumnMap<RecommendationResponse> = {
  response: 'response', plannedMeasures: 'planned_measures', responsible: 'responsible', deadline: 'deadline', status: 'status',
};

function toResponse(row: ResponseRow): RecommendationResponse {
  return {
    id: row.id, recommendationId: row.recommendation_id, bodyId: row.body_id, bodyName: row.body_name, response: row.response,
    plannedMeasures: row.planned_measures, responsible: row.responsible, deadline: row.deadline, status: row.status,
    version: row.version,
  };
}

const RESPONSE_SELECT = 'SELECT rb.*, b.name AS body_name FROM recommendation_body rb JOIN body b ON b.id = rb.body_id';

export function listRecommendations(ctx: ServiceContext, auditId: number): Recommendation[] {
  const recs = ctx.db.prepare('SELECT * FROM recommendation WHERE audit_id = ? ORDER BY position, id').all(auditId) as
    { id: number; audit_id: number; position: number; text: string; version: number }[];
  const responses = ctx.db.prepare(`${RESPONSE_SELECT} WHERE rb.recommendation_id = ? ORDER BY b.name COLLATE NOCASE`);
  const links = ctx.db.prepare('SELECT action_id FROM recommendation_action WHERE recommendation_id = ? ORDER BY action_id');
  return recs.map((r) => ({
    id: r.id, auditId: r.audit_id, position: r.position, text: r.text, version: r.version,
    addressees: (responses.all(r.id) as ResponseRow[]).map(toResponse),
    actionIds: (links.all(r.id) as { action_id: number }[]).map((l) => l.action_id),
  }));
}

export function getRecommendation(ctx: ServiceContext, id: number): Recommendation {
  const row = ctx.db.prepare('SELECT audit_id FROM recommendation WHERE id = ?').get(id) as { audit_id: number } | undefined;
  if (!row) throw notFound(`Rekommendationen finns inte (id ${id}).`);
  return listRecommendations(ctx, row.audit_id).find((r) => r.id === id)!;
}

function writeAddressees(ctx: ServiceContext, recommendationId: number, bodyIds: number[]): void {
  checkBodiesExist(ctx, 'bodyIds', bodyIds);
  const existing = ctx.db.prepare('SELECT id, body_id FROM recommendation_body WHERE recommendation_id = ?').all(recommendationId) as { id: number; body_id: number }[];
  for (const row of existing) if (!bodyIds.includes(row.body_id)) deleteRows(ctx, 'recommendation_body', { id: row.id });
  for (const bodyId of bodyIds) {
    if (!existing.some((row) => row.body_id === bodyId)) insertRow(ctx, 'recommendation_body', { recommendation_id: recommendationId, body_id: bodyId });
  }
}

export function createRecommendation(ctx: ServiceContext, input: { auditId: number; text: string; bodyIds: number[] }): Recommendation {
  return inTransaction(ctx, () => {
    if (!ctx.db.prepare('SELECT 1 FROM audit WHERE id = ?').get(input.auditId)) throw notFound(`Granskningen finns inte (id ${input.auditId}).`);
    const id = insertRow(ctx, 'recommendation', {
      audit_id: input.auditId, position: nextPosition(ctx.db, 'recommendation', 'audit_id', input.auditId), text: input.text,
    });
    writeAddressees(ctx, id, input.bodyIds);
    logCreate(ctx, 'recommendation', id, input);
    return getRecommendation(ctx, id);
  });
}

export function updateRecommendation(ctx: ServiceContext, input: { id: number; patch: { text?: string; bodyIds?: number[] } }): Recommendation {
  return inTransaction(ctx, () => {
    const before = getRecommendation(ctx, input.id);
    if (input.patch.text !== undefined && input.patch.text !== before.text) {
      updateRows(ctx, 'recommendation', { id: input.id }, { text: input.patch.text });
      logUpdate(ctx, 'recommendation', input.id, { text: before.text }, { text: input.patch.text });
    }
    if (input.patch.bodyIds !== undefined) {
      writeAddressees(ctx, input.id, input.patch.bodyIds);
      logUpdate(ctx, 'recommendation', input.id, { bodyIds: before.addressees.map((a) => a.bodyId) }, { bodyIds: [...input.patch.bodyIds].sort((a, b) => a - b) });
    }
    return getRecommendation(ctx, input.id);
  });
}

export function deleteRecommendation(ctx: ServiceContext, id: number): null {
  return inTransaction(ctx, () => {
    const before = getRecommendation(ctx, id);
    deleteRows(ctx, 'recommendation', { id: id });
    logDelete(ctx, 'recommendation', id, before);
    return null;
  });
}

/** The addressee row, or a Swedish refusal naming the nämnd the recommendation is not addressed to. */
function getResponse(ctx: ServiceContext, recommendationId: number, bodyId: number): RecommendationResponse {
  getRecommendation(ctx, recommendationId);
  const row = ctx.db.prepare(`${RESPONSE_SELECT} WHERE rb.recommendation_id = ? AND rb.body_id = ?`).get(recommendationId, bodyId) as ResponseRow | undefined;
  if (!row) {
    const body = ctx.db.prepare('SELECT name FROM body WHERE id = ?').get(bodyId) as { name: string } | undefined;
    throw invalid('bodyId', body ? `Rekommendationen är inte riktad till ${body.name}.` : `Okänd nämnd (id ${bodyId}).`);
  }
  return toResponse(row);
}

export function updateRecommendationResponse(ctx: ServiceContext, input: {
  recommendationId: number; bodyId: number; patch: Partial<Pick<RecommendationResponse, 'response' | 'plannedMeasures' | 'responsible' | 'deadline' | 'status'>>;
}): RecommendationResponse {
  return inTransaction(ctx, () => {
    const before = getResponse(ctx, input.recommendationId, input.bodyId);
    updateColumns(ctx, { table: 'recommendation_body', entity: 'recommendation_response', id: before.id, columns: RESPONSE_COLUMNS, before, patch: input.patch });
    return getResponse(ctx, input.recommendationId, input.bodyId);
  });
}

interface FollowupRow { id: number; recommendation_body_id: number; reported_on: string; status: ReportedStatus; comment: string; reported_by: string; created_at: string }

function toFollowup(row: FollowupRow): RecommendationFollowup {
  return {
    id: row.id, recommendationBodyId: row.recommendation_body_id, reportedOn: row.reported_on, status: row.status,
    comment: row.comment, reportedBy: row.reported_by, createdAt: row.created_at,
  };
}

export function listRecommendationFollowups(ctx: ServiceContext, input: { recommendationId: number; bodyId: number }): RecommendationFollowup[] {
  const response = getResponse(ctx, input.recommendationId, input.bodyId);
  return (ctx.db.prepare('SELECT * FROM recommendation_followup WHERE recommendation_body_id = ? ORDER BY reported_on DESC, id DESC')
    .all(response.id) as FollowupRow[]).map(toFollowup);
}

/** A follow-up report is history; the addressee's current status follows the newest report. */
export function createRecommendationFollowup(ctx: ServiceContext, input: {
  recommendationId: number; bodyId: number; reportedOn: string; status: ReportedStatus; comment: string; reportedBy: string;
}): RecommendationFollowup {
  return inTransaction(ctx, () => {
    const response = getResponse(ctx, input.recommendationId, input.bodyId);
    const id = insertRow(ctx, 'recommendation_followup', {
      recommendation_body_id: response.id, reported_on: input.reportedOn, status: input.status, comment: input.comment,
      reported_by: input.reportedBy, created_at: ctx.now(),
    });
    logCreate(ctx, 'recommendation_followup', id, input);
    const newest = ctx.db.prepare('SELECT status FROM recommendation_followup WHERE recommendation_body_id = ? ORDER BY reported_on DESC, id DESC LIMIT 1')
      .get(response.id) as { status: ReportedStatus };
    updateColumns(ctx, { table: 'recommendation_body', entity: 'recommendation_response', id: response.id, columns: RESPONSE_COLUMNS, before: response, patch: { status: newest.status } });
    return toFollowup(ctx.db.prepare('SELECT * FROM recommendation_followup WHERE id = ?').get(id) as FollowupRow);
  });
}

export function linkRecommendationAction(ctx: ServiceContext, input: { recommendationId: number; actionId: number }): null {
  return inTransaction(ctx, () => {
    getRecommendation(ctx, input.recommendationId);
    if (!ctx.db.prepare('SELECT 1 FROM action WHERE id = ?').get(input.actionId)) {
      throw invalid('actionId', `Åtgärden finns inte i den här planfilen (id ${input.actionId}).`);
    }
    const key = { recommendation_id: input.recommendationId, action_id: input.actionId };
    if (ctx.db.prepare('SELECT 1 FROM recommendation_action WHERE recommendation_id = ? AND action_id = ?').get(input.recommendationId, input.actionId)) return null;
    insertRow(ctx, 'recommendation_action', key);
    logCreate(ctx, 'recommendation_action', input.recommendationId, input, { actionId: input.actionId });
    return null;
  });
}

export function unlinkRecommendationAction(ctx: ServiceContext, input: { recommendationId: number; actionId: number }): null {
  return inTransaction(ctx, () => {
    const removed = deleteRows(ctx, 'recommendation_action', { recommendation_id: input.recommendationId, action_id: input.actionId });
    if (removed > 0) logDelete(ctx, 'recommendation_action', input.recommendationId, input, { actionId: input.actionId });
    return null;
  });
}
