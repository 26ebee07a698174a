import type { Database } from 'better-sqlite3';
import type { CallName, ParsedInput } from '@shared/api/contract';

/**
 * What a rapportör's 'report' call touches, as nämnder: one group per row it touches, and the call
 * is allowed when every group holds one of the rapportör's nämnder. A row that does not exist gives
 * an empty group, so an unknown id is refused exactly like one of another nämnd's and reveals nothing.
 * `subject` says what the refusal is about (accessMessages.ts).
 */
export type ScopeSubject = 'action' | 'statusReport' | 'measure' | 'measureValue' | 'recommendation' | 'auditResponse' | 'underlag' | 'own';

export interface Scope {
  subject: ScopeSubject;
  groups: number[][];
}

type ScopeFinder<K extends CallName> = (db: Database, input: ParsedInput<K>) => Scope;

const ids = (rows: unknown[]): number[] => (rows as { body_id: number }[]).map((r) => r.body_id);

/** The nämnder ansvariga for an åtgärd (huvud- or medansvarig). */
function actionBodies(db: Database, actionId: number | null | undefined): number[] {
  if (actionId === null || actionId === undefined) return [];
  return ids(db.prepare('SELECT body_id FROM action_body WHERE action_id = ?').all(actionId));
}

/** A mått's nämnder are its åtgärd's; an område's own mått belongs to no nämnd (the strateg reports it). */
function measureBodies(db: Database, measureId: number): number[] {
  const row = db.prepare('SELECT action_id FROM measure WHERE id = ?').get(measureId) as { action_id: number | null } | undefined;
  return actionBodies(db, row?.action_id);
}

/** The nämnd, if the recommendation is addressed to it. */
function addressed(db: Database, recommendationId: number, bodyId: number): number[] {
  return db.prepare('SELECT 1 FROM recommendation_body WHERE recommendation_id = ? AND body_id = ?').get(recommendationId, bodyId) ? [bodyId] : [];
}

/** The nämnd, if it is audited in the granskning or has a recommendation in it to answer. */
function answering(db: Database, auditId: number, bodyId: number): number[] {
  const found = db.prepare(`SELECT 1 FROM audit_body WHERE audit_id = @auditId AND body_id = @bodyId
    UNION SELECT 1 FROM recommendation r JOIN recommendation_body rb ON rb.recommendation_id = r.id WHERE r.audit_id = @auditId AND rb.body_id = @bodyId`)
    .get({ auditId, bodyId });
  return found ? [bodyId] : [];
}

/** One finder per call marked 'report' (shared/api); a 'report' call without one is refused to a rapportör. */
export const REPORT_SCOPES: { [K in CallName]?: ScopeFinder<K> } = {
  createStatusReport: (db, input) => ({
    subject: 'action',
    groups: [
      actionBodies(db, input.actionId),
      ...(input.bodyId === null ? [] : [[input.bodyId]]),
      ...input.measureValues.map((value) => measureBodies(db, value.measureId)),
    ],
  }),
  deleteStatusReport: (db, input) => {
    const row = db.prepare('SELECT action_id FROM status_report WHERE id = ?').get(input.id) as { action_id: number } | undefined;
    return { subject: 'statusReport', groups: [actionBodies(db, row?.action_id)] };
  },
  setMeasureValue: (db, input) => ({ subject: 'measure', groups: [measureBodies(db, input.measureId)] }),
  deleteMeasureValue: (db, input) => {
    const row = db.prepare('SELECT measure_id FROM measure_value WHERE id = ?').get(input.id) as { measure_id: number } | undefined;
    return { subject: 'measureValue', groups: [row ? measureBodies(db, row.measure_id) : []] };
  },
  updateRecommendationResponse: (db, input) => ({ subject: 'recommendation', groups: [addressed(db, input.recommendationId, input.bodyId)] }),
  createRecommendationFollowup: (db, input) => ({ subject: 'recommendation', groups: [addressed(db, input.recommendationId, input.bodyId)] }),
  saveAuditResponse: (db, input) => ({ subject: 'auditResponse', groups: [answering(db, input.auditId, input.bodyId)] }),
  exportUnderlag: (_db, input) => ({ subject: 'underlag', groups: input.bodyIds.map((bodyId) => [bodyId]) }),
  /** Undo reverses only the caller's own changes (undo/undoJournal.ts), which were in scope when made. */
  undoLastChange: () => ({ subject: 'own', groups: [] }),
};
