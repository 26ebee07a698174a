import type { ServiceContext } from '../context';
import { EMPTY_RESPONSE_FIELDS, type AuditResponseDraft, type AuditResponseFields } from '@shared/domain/auditResponse';
import { invalid } from '@shared/errors';
import { logCreate } from '../changeLog';
import { inTransaction, insertRow, updateColumns, type ColumnMap } from '../records';
import { getAudit } from './audits';

/**
 * The svar's own texts per granskning and nämnd (audit_response, migration 0090): contact,
 * sammanfattning, ärendets beredning, stance, the comment on other nämnders recommendations, the
 * decision and who signs. Saved through records.ts like every write: change-logged, undoable.
 */
interface ResponseRow {
  id: number; audit_id: number; body_id: number; diary_number: string; officer_name: string; officer_title: string; officer_phone: string;
  summary: string; preparation: string; stance: string; other_recommendations: string; decided_on: string | null; paragraph: string;
  chair_name: string; director_name: string; director_title: string; updated_at: string; version: number;
}

const COLUMNS: ColumnMap<AuditResponseFields> = {
  diaryNumber: 'diary_number', officerName: 'officer_name', officerTitle: 'officer_title', officerPhone: 'officer_phone', summary: 'summary',
  preparation: 'preparation', stance: 'stance', otherRecommendations: 'other_recommendations', decidedOn: 'decided_on', paragraph: 'paragraph',
  chairName: 'chair_name', directorName: 'director_name', directorTitle: 'director_title',
};

function toFields(row: ResponseRow): AuditResponseFields {
  return Object.fromEntries(Object.entries(COLUMNS).map(([field, column]) => [field, row[column as keyof ResponseRow]])) as unknown as AuditResponseFields;
}

function row(ctx: ServiceContext, auditId: number, bodyId: number): ResponseRow | undefined {
  return ctx.db.prepare('SELECT * FROM audit_response WHERE audit_id = ? AND body_id = ?').get(auditId, bodyId) as ResponseRow | undefined;
}

/** Only a nämnd that is audited or addressed has a svar to write. */
function checkAnswering(ctx: ServiceContext, auditId: number, bodyId: number): void {
  const audit = getAudit(ctx, auditId);
  const addressed = audit.recommendations.some((r) => r.addressees.some((a) => a.bodyId === bodyId));
  if (addressed || audit.auditedBodyIds.includes(bodyId)) return;
  const body = ctx.db.prepare('SELECT name FROM body WHERE id = ?').get(bodyId) as { name: string } | undefined;
  if (!body) throw invalid('bodyId', `Nämnden finns inte (id ${bodyId}).`);
  throw invalid('bodyId', `${body.name} är inte granskad i ”${audit.title}” och har inga rekommendationer att svara på.`);
}

export function getAuditResponse(ctx: ServiceContext, input: { auditId: number; bodyId: number }): AuditResponseDraft {
  checkAnswering(ctx, input.auditId, input.bodyId);
  const saved = row(ctx, input.auditId, input.bodyId);
  return { auditId: input.auditId, bodyId: input.bodyId, ...(saved ? toFields(saved) : EMPTY_RESPONSE_FIELDS), updatedAt: saved?.updated_at ?? null,
    version: saved?.version ?? 0 };
}

export function saveAuditResponse(ctx: ServiceContext, input: { auditId: number; bodyId: number; patch: Partial<AuditResponseFields> }): AuditResponseDraft {
  return inTransaction(ctx, () => {
    checkAnswering(ctx, input.auditId, input.bodyId);
    let saved = row(ctx, input.auditId, input.bodyId);
    if (!saved) {
      const id = insertRow(ctx, 'audit_response', { audit_id: input.auditId, body_id: input.bodyId, updated_at: ctx.now() });
      logCreate(ctx, 'audit_response', id, { auditId: input.auditId, bodyId: input.bodyId });
      saved = row(ctx, input.auditId, input.bodyId)!;
    }
    updateColumns<AuditResponseFields>(ctx, {
      table: 'audit_response', entity: 'audit_response', id: saved.id, columns: COLUMNS, before: toFields(saved), patch: input.patch,
      extra: { updated_at: ctx.now() },
    });
    return getAuditResponse(ctx, input);
  });
}
