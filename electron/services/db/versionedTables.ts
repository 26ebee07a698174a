/**
 * The tables whose rows carry a version (migration 0120): every update through records.ts raises it,
 * and an update call given an older one is refused (electron/services/versions/checkVersion.ts).
 * tests/services/db/migration0120.test.ts checks this list against the schema.
 */
export const VERSIONED_TABLES: ReadonlySet<string> = new Set([
  'plan', 'area', 'body', 'action', 'source', 'plan_revision', 'audit', 'audit_question', 'recommendation',
  'recommendation_body', 'audit_response', 'document_settings', 'indicator', 'measure', 'report_finding',
  'report_question', 'report_text',
]);

/** `, version = version + 1` for an UPDATE of a table whose rows carry a version (records.ts and undo both raise it). */
export function versionBump(table: string): string {
  return VERSIONED_TABLES.has(table) ? ', version = version + 1' : '';
}
