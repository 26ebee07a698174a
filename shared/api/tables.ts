/**
 * Every table of the plan file, by name: what a write answer's `changed` list and a read call's
 * declared tables (readTables.ts) may name. tests/shared/api/readTables.test.ts checks this list
 * against the schema snapshot (tests/fixtures/schema.sql), so a new table cannot be forgotten here.
 */
export const TABLE_NAMES = [
  'action', 'action_body', 'area', 'audit', 'audit_body', 'audit_question', 'audit_response', 'body', 'change_log',
  'document_settings', 'file_meta', 'indicator', 'indicator_value', 'measure', 'measure_value', 'meeting_note', 'plan',
  'plan_revision', 'recommendation', 'recommendation_action', 'recommendation_body', 'recommendation_followup',
  'report_finding', 'report_finding_source', 'report_question', 'report_snapshot', 'report_source', 'report_text',
  'source', 'status_report', 'undo_entry',
] as const;

export type TableName = (typeof TABLE_NAMES)[number];
