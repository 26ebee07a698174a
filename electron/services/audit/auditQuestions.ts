import type { ServiceContext } from '../context';
import type { AuditQuestion } from '@shared/domain/types';
import type { Assessment } from '@shared/domain/status';
import { notFound } from '@shared/errors';
import { logCreate, logDelete } from '../changeLog';
import { deleteRows, inTransaction, insertRow, nextPosition, updateColumns, type ColumnMap } from '../records';

interface QuestionRow { id: number; audit_id: number; position: number; question: string; assessment: Assessment | null; motivation: string; version: number }

const COLUMNS: ColumnMap<AuditQuestion> = { question: 'question', assessment: 'assessment', motivation: 'motivation' };

function toQuestion(row: QuestionRow): AuditQuestion {
  return { id: row.id, auditId: row.audit_id, position: row.position, question: row.question, assessment: row.assessment, motivation: row.motivation, version: row.version };
}

export function listAuditQuestions(ctx: ServiceContext, auditId: number): AuditQuestion[] {
  return (ctx.db.prepare('SELECT * FROM audit_question WHERE audit_id = ? ORDER BY position, id').all(auditId) as QuestionRow[]).map(toQuestion);
}

export function getQuestion(ctx: ServiceContext, id: number): AuditQuestion {
  const row = ctx.db.prepare('SELECT * FROM audit_question WHERE id = ?').get(id) as QuestionRow | undefined;
  if (!row) throw notFound(`Revisionsfrågan finns inte (id ${id}).`);
  return toQuestion(row);
}

export function createAuditQuestion(ctx: ServiceContext, input: Omit<AuditQuestion, 'id' | 'position' | 'version'>): AuditQuestion {
  return inTransaction(ctx, () => {
    if (!ctx.db.prepare('SELECT 1 FROM audit WHERE id = ?').get(input.auditId)) throw notFound(`Granskningen finns inte (id ${input.auditId}).`);
    const id = insertRow(ctx, 'audit_question', {
      audit_id: input.auditId, position: nextPosition(ctx.db, 'audit_question', 'audit_id', input.auditId),
      question: input.question, assessment: input.assessment, motivation: input.motivation,
    });
    logCreate(ctx, 'audit_question', id, input);
    return getQuestion(ctx, id);
  });
}

export function updateAuditQuestion(ctx: ServiceContext, input: { id: number; patch: Partial<Pick<AuditQuestion, 'question' | 'assessment' | 'motivation'>> }): AuditQuestion {
  return inTransaction(ctx, () => {
    const before = getQuestion(ctx, input.id);
    updateColumns(ctx, { table: 'audit_question', entity: 'audit_question', id: input.id, columns: COLUMNS, before, patch: input.patch });
    return getQuestion(ctx, input.id);
  });
}

export function deleteAuditQuestion(ctx: ServiceContext, id: number): null {
  return inTransaction(ctx, () => {
    const before = getQuestion(ctx, id);
    deleteRows(ctx, 'audit_question', { id: id });
    logDelete(ctx, 'audit_question', id, before);
    return null;
  });
}
