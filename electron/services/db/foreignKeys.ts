/**
 * What goes with a row when it is deleted, following the schema's foreign keys. Used to snapshot
 * a delete for undo, and to tell the user what a delete takes with it. A test checks this list
 * against PRAGMA foreign_key_list, so a new foreign key cannot be forgotten here.
 * Order matters where a table hangs on two parents (meeting_note on plan and on area/action):
 * the deeper path comes first, so undo re-creates a row after everything it refers to.
 */
export interface ChildLink {
  table: string;
  column: string;
  onDelete: 'cascade' | 'set null' | 'restrict';
}

export const CHILDREN: Record<string, ChildLink[]> = {
  plan: [
    { table: 'area', column: 'plan_id', onDelete: 'cascade' },
    { table: 'report_text', column: 'plan_id', onDelete: 'cascade' },
    { table: 'report_snapshot', column: 'plan_id', onDelete: 'cascade' },
    { table: 'meeting_note', column: 'plan_id', onDelete: 'cascade' },
  ],
  area: [
    { table: 'action', column: 'area_id', onDelete: 'cascade' },
    { table: 'meeting_note', column: 'area_id', onDelete: 'cascade' },
  ],
  action: [
    { table: 'action_body', column: 'action_id', onDelete: 'cascade' },
    { table: 'status_report', column: 'action_id', onDelete: 'cascade' },
    { table: 'recommendation_action', column: 'action_id', onDelete: 'cascade' },
    { table: 'meeting_note', column: 'action_id', onDelete: 'cascade' },
  ],
  body: [
    { table: 'action_body', column: 'body_id', onDelete: 'restrict' },
    { table: 'status_report', column: 'body_id', onDelete: 'restrict' },
    { table: 'audit_body', column: 'body_id', onDelete: 'restrict' },
    { table: 'recommendation_body', column: 'body_id', onDelete: 'restrict' },
    { table: 'audit_response', column: 'body_id', onDelete: 'restrict' },
  ],
  source: [{ table: 'status_report', column: 'source_id', onDelete: 'set null' }],
  audit: [
    { table: 'audit_body', column: 'audit_id', onDelete: 'cascade' },
    { table: 'audit_question', column: 'audit_id', onDelete: 'cascade' },
    { table: 'recommendation', column: 'audit_id', onDelete: 'cascade' },
    { table: 'audit_response', column: 'audit_id', onDelete: 'cascade' },
  ],
  recommendation: [
    { table: 'recommendation_body', column: 'recommendation_id', onDelete: 'cascade' },
    { table: 'recommendation_action', column: 'recommendation_id', onDelete: 'cascade' },
  ],
  recommendation_body: [{ table: 'recommendation_followup', column: 'recommendation_body_id', onDelete: 'cascade' }],
  indicator: [{ table: 'indicator_value', column: 'indicator_id', onDelete: 'cascade' }],
};

/** Key columns of tables without an integer id. */
export const PRIMARY_KEYS: Record<string, string[]> = {
  action_body: ['action_id', 'body_id'],
  audit_body: ['audit_id', 'body_id'],
  recommendation_action: ['recommendation_id', 'action_id'],
  indicator_value: ['indicator_id', 'year'],
  report_text: ['plan_id', 'year', 'key'],
  report_snapshot: ['plan_id', 'year'],
};

export function primaryKey(table: string): string[] {
  return PRIMARY_KEYS[table] ?? ['id'];
}
