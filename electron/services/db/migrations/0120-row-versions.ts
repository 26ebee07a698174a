import type { Database } from 'better-sqlite3';

/**
 * Row versions for server mode (issue 17): every editable record gets a version that each update
 * raises (records.ts, the list in electron/services/db/versionedTables.ts), so a save made from an
 * older copy is refused instead of overwriting someone else's change. Status reports, utfall and
 * indikator values are additions, not edits: they have none. The list is frozen here as it was when
 * this step was released; a later table gets its column in a later step.
 */
const TABLES = [
  'plan', 'area', 'body', 'action', 'source', 'plan_revision', 'audit', 'audit_question', 'recommendation',
  'recommendation_body', 'audit_response', 'document_settings', 'indicator', 'measure', 'report_finding',
  'report_question', 'report_text',
] as const;

export function up(db: Database): void {
  for (const table of TABLES) db.exec(`ALTER TABLE ${table} ADD COLUMN version INTEGER NOT NULL DEFAULT 1`);
}
