import type { Database } from 'better-sqlite3';
import type { CallName, ParsedInput } from '@shared/api/contract';
import type { ServiceContext } from '../context';
import type { Row } from '../undo/inverseOps';
import { getPlan } from '../plan/plans';
import { getArea } from '../plan/areas';
import { getBody } from '../plan/bodies';
import { getAction } from '../plan/actions';
import { getSource } from '../plan/sources';
import { getRevision } from '../plan/revisions';
import { getAuditRecord } from '../audit/audits';
import { getQuestion } from '../audit/auditQuestions';
import { getRecommendation } from '../audit/recommendations';
import { getAuditResponse } from '../audit/responseDrafts';
import { getSettings } from '../settings/documentSettings';
import { getIndicator } from '../indicator/indicators';
import { getMeasure } from '../measure/measures';
import { getReportFinding } from '../report/reportFindings';
import { listReportQuestions } from '../report/reportQuestions';
import { listReportTexts } from '../report/reportTexts';

/** The row a versioned save changes, and how the change log names it (for "Ändrad av ‹namn› 10:42"). */
export interface VersionTarget {
  table: string;
  where: Row;
  entity: string;
  entityId: number;
}

/** Every update call that takes a row version (shared/api rowVersion): what it changes and how to read it now. */
export interface VersionedUpdate<K extends CallName> {
  /** The row the save changes; null while it does not exist yet (a standard question, a svar not yet written: version 0). */
  target(db: Database, input: ParsedInput<K>): VersionTarget | null;
  /** The fields the save tries to change, as the form names them. */
  fields(input: ParsedInput<K>): string[];
  /** The record as the read calls give it now: the other person's values are taken from it. */
  current(ctx: ServiceContext, input: ParsedInput<K>): object;
}

/** The calls whose input has a `version` (the type makes a missing entry below a compile error). */
export type VersionedCall = {
  [K in CallName]: string extends keyof ParsedInput<K> ? never : 'version' extends keyof ParsedInput<K> ? K : never;
}[CallName];

const idOf = (db: Database, table: string, where: Row): number | null => {
  const columns = Object.keys(where);
  const row = db.prepare(`SELECT id FROM ${table} WHERE ${columns.map((c) => `${c} = ?`).join(' AND ')}`).get(...columns.map((c) => where[c])) as { id: number } | undefined;
  return row?.id ?? null;
};

/** A row found by another key than its id (a nämnd's answer to a recommendation, its svar): null while it is not written. */
function byKey(db: Database, table: string, entity: string, where: Row): VersionTarget | null {
  const id = idOf(db, table, where);
  return id === null ? null : { table, where, entity, entityId: id };
}

/** The common shape: `{ id, version, patch }` on one table, the change log naming the row by its id. */
function byId<K extends CallName>(table: string, get: (ctx: ServiceContext, id: number) => object): VersionedUpdate<K> {
  return {
    target: (_db, input) => ({ table, where: { id: (input as { id: number }).id }, entity: table, entityId: (input as { id: number }).id }),
    fields: (input) => Object.keys((input as { patch: object }).patch),
    current: (ctx, input) => get(ctx, (input as { id: number }).id),
  };
}

export const VERSIONED_UPDATES: { [K in VersionedCall]: VersionedUpdate<K> } = {
  updatePlan: byId('plan', getPlan),
  updateArea: byId('area', getArea),
  updateBody: byId('body', getBody),
  updateAction: byId('action', getAction),
  updateSource: byId('source', getSource),
  updateRevision: byId('plan_revision', getRevision),
  updateAudit: byId('audit', getAuditRecord),
  updateAuditQuestion: byId('audit_question', getQuestion),
  updateRecommendation: byId('recommendation', (ctx, id) => {
    const recommendation = getRecommendation(ctx, id);
    return { ...recommendation, bodyIds: recommendation.addressees.map((a) => a.bodyId) };
  }),
  updateIndicator: byId('indicator', getIndicator),
  updateMeasure: byId('measure', getMeasure),
  updateReportFinding: byId('report_finding', getReportFinding),
  updateRecommendationResponse: {
    target: (db, input) => byKey(db, 'recommendation_body', 'recommendation_response', { recommendation_id: input.recommendationId, body_id: input.bodyId }),
    fields: (input) => Object.keys(input.patch),
    current: (ctx, input) => getRecommendation(ctx, input.recommendationId).addressees.find((a) => a.bodyId === input.bodyId) ?? {},
  },
  saveAuditResponse: {
    target: (db, input) => byKey(db, 'audit_response', 'audit_response', { audit_id: input.auditId, body_id: input.bodyId }),
    fields: (input) => Object.keys(input.patch),
    current: (ctx, input) => getAuditResponse(ctx, input),
  },
  updateSettings: {
    target: () => ({ table: 'document_settings', where: { id: 1 }, entity: 'document_settings', entityId: 1 }),
    fields: (input) => Object.keys(input).filter((key) => key !== 'version'),
    current: (ctx) => getSettings(ctx),
  },
  updateReportQuestion: {
    target: (db, input) => {
      const where = input.id === null ? { area_id: input.areaId, year: input.year, follows_rule: 1 } : { id: input.id, area_id: input.areaId, year: input.year };
      const id = idOf(db, 'report_question', where);
      return id === null ? null : { table: 'report_question', where: { id }, entity: 'report_question', entityId: id };
    },
    fields: () => ['question', 'assessment', 'motivation'],
    current: (ctx, input) => listReportQuestions(ctx, input)
      .find((q) => q.areaId === input.areaId && (input.id === null ? q.followsRule : q.id === input.id)) ?? {},
  },
  saveReportText: {
    target: (db, input) => {
      const where = { plan_id: input.planId, year: input.year, key: input.key };
      const found = db.prepare('SELECT 1 FROM report_text WHERE plan_id = ? AND year = ? AND key = ?').get(input.planId, input.year, input.key);
      return found ? { table: 'report_text', where, entity: `report_text:${input.year}:${input.key}`, entityId: input.planId } : null;
    },
    fields: () => ['text'],
    current: (ctx, input) => listReportTexts(ctx, input).find((t) => t.key === input.key) ?? {},
  },
};

export function isVersionedCall(name: CallName): name is VersionedCall {
  return Object.prototype.hasOwnProperty.call(VERSIONED_UPDATES, name);
}
