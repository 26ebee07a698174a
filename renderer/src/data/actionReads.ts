import type { MeetingNote } from '@shared/domain/dashboard';
import type { Action, ChangeEntry, Source, StatusReport } from '@shared/domain/types';
import { firstError } from './results';
import { useCall } from './useCall';

/** Since the beginning: an åtgärd's whole log, not "since last meeting". */
const WHOLE_LOG = '1900-01-01';

/**
 * The åtgärd open in the plan view: its record, status history, meeting notes, own change log and
 * the källor a report can cite. `missing` once it no longer exists (deleted, or its creation undone).
 */
export function useActionDetail(actionId: number): {
  action: Action | null; reports: StatusReport[]; notes: MeetingNote[]; changes: ChangeEntry[]; sources: Source[];
  missing: boolean; error: string | null;
} {
  const action = useCall('getAction', { id: actionId });
  const reports = useCall('listStatusReports', { actionId });
  const notes = useCall('listMeetingNotes', { actionId });
  const changes = useCall('listChanges', { since: WHOLE_LOG, actionId });
  const sources = useCall('listSources', {});
  const missing = action.error?.kind === 'not_found';
  return {
    action: missing ? null : (action.data ?? null),
    reports: reports.data ?? [],
    notes: notes.data ?? [],
    changes: changes.data ?? [],
    sources: sources.data ?? [],
    missing,
    error: missing ? null : firstError(action, reports, notes, changes, sources),
  };
}
