import type { CallName } from '@shared/api/contract';

/**
 * The calls that take long enough to hold up every other call while they run (reading or writing
 * a whole document or workbook): runCall sends them to the job thread. Everything else is answered
 * where it arrives, in well under a millisecond to a few tens of milliseconds.
 */
export const HEAVY_CALLS: ReadonlySet<CallName> = new Set<CallName>([
  'exportReport', 'exportHandout', 'exportAuditResponse', 'exportUnderlag', 'exportStatusList', 'exportPlanJson',
  'savePlanImportTemplate', 'previewPlanImport', 'commitPlanImport', 'previewSvarImport', 'commitSvarImport', 'restorePlanJson',
]);

export function isHeavyCall(name: unknown): name is CallName {
  return typeof name === 'string' && HEAVY_CALLS.has(name as CallName);
}
