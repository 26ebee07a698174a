import type { ServiceContext } from '../context';
import type { Audit, AuditDetail } from '@shared/domain/types';
import { notFound } from '@shared/errors';
import { logCreate, logDelete, logUpdate } from '../changeLog';
import { deleteRows, inTransaction, insertRow, updateColumns, type ColumnMap } from '../records';
import { listAuditQuestions } from './auditQuestions';
import { listRecommendations } from './recommendations';
import { checkBodiesExist } from './auditedBodies';

interface AuditRow {
  id: number; title: string; auditor: string; report_date: string | null; diary_number: string; purpose: string;
  summary_assessment: string; answer_due: string | null; created_at: string; updated_at: string; version: number;
}

const COLUMNS: ColumnMap<Audit> = {
  title: 'title', auditor: 'auditor', reportDate: 'report_date', diaryNumber: 'diary_number', purpose: 'purpose',
  summaryAssessment: 'summary_assessment', answerDue: 'answer_due',
};

export type AuditFields = Omit<Audit, 'id' | 'createdAt' | 'updatedAt' | 'version'>;

function auditedBodies(ctx: ServiceContext): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const row of ctx.db.prepare('SELECT audit_id, body_id FROM audit_body ORDER BY audit_id, body_id').all() as { audit_id: number; body_id: number }[]) {
    map.set(row.audit_id, [...(map.get(row.audit_id) ?? []), row.body_id]);
  }
  return map;
}

function toAudit(row: AuditRow, bodyIds: number[]): Audit {
  return {
    id: row.id, title: row.title, auditor: row.auditor, reportDate: row.report_date, diaryNumber: row.diary_number,
    purpose: row.purpose, summaryAssessment: row.summary_assessment, answerDue: row.answer_due, auditedBodyIds: bodyIds,
    createdAt: row.created_at, updatedAt: row.updated_at, version: row.version,
  };
}

export function listAudits(ctx: ServiceContext): Audit[] {
  const bodies = auditedBodies(ctx);
  const rows = ctx.db.prepare('SELECT * FROM audit ORDER BY report_date DESC, id DESC').all() as AuditRow[];
  return rows.map((row) => toAudit(row, bodies.get(row.id) ?? []));
}

export function getAuditRecord(ctx: ServiceContext, id: number): Audit {
  const row = ctx.db.prepare('SELECT * FROM audit WHERE id = ?').get(id) as AuditRow | undefined;
  if (!row) throw notFound(`Granskningen finns inte (id ${id}).`);
  return toAudit(row, auditedBodies(ctx).get(id) ?? []);
}

export function getAudit(ctx: ServiceContext, id: number): AuditDetail {
  return { ...getAuditRecord(ctx, id), questions: listAuditQuestions(ctx, id), recommendations: listRecommendations(ctx, id) };
}

function writeAuditedBodies(ctx: ServiceContext, auditId: number, bodyIds: number[]): void {
  deleteRows(ctx, 'audit_body', { audit_id: auditId });
  for (const bodyId of bodyIds) insertRow(ctx, 'audit_body', { audit_id: auditId, body_id: bodyId });
}

export function createAudit(ctx: ServiceContext, input: AuditFields): Audit {
  return inTransaction(ctx, () => {
    checkBodiesExist(ctx, 'auditedBodyIds', input.auditedBodyIds);
    const now = ctx.now();
    const id = insertRow(ctx, 'audit', {
      title: input.title, auditor: input.auditor, report_date: input.reportDate, diary_number: input.diaryNumber,
      purpose: input.purpose, summary_assessment: input.summaryAssessment, answer_due: input.answerDue,
      created_at: now, updated_at: now,
    });
    writeAuditedBodies(ctx, id, input.auditedBodyIds);
    logCreate(ctx, 'audit', id, input);
    return getAuditRecord(ctx, id);
  });
}

export function updateAudit(ctx: ServiceContext, input: { id: number; patch: Partial<AuditFields> }): Audit {
  return inTransaction(ctx, () => {
    const before = getAuditRecord(ctx, input.id);
    const { auditedBodyIds, ...patch } = input.patch;
    updateColumns(ctx, { table: 'audit', entity: 'audit', id: input.id, columns: COLUMNS, before, patch, extra: { updated_at: ctx.now() } });
    if (auditedBodyIds !== undefined) {
      checkBodiesExist(ctx, 'auditedBodyIds', auditedBodyIds);
      writeAuditedBodies(ctx, input.id, auditedBodyIds);
      logUpdate(ctx, 'audit', input.id, { auditedBodyIds: before.auditedBodyIds }, { auditedBodyIds });
    }
    return getAuditRecord(ctx, input.id);
  });
}

export function deleteAudit(ctx: ServiceContext, id: number): null {
  return inTransaction(ctx, () => {
    const before = getAuditRecord(ctx, id);
    deleteRows(ctx, 'audit', { id: id });
    logDelete(ctx, 'audit', id, before);
    return null;
  });
}
