import type { CallInput } from '@shared/api/contract';
import type { PlanRevision } from '@shared/domain/planRevision';
import { write } from '../data/write';

/**
 * Writes to one plan's revision history. Reads go through the cache (useCall('listRevisions'),
 * useCall('getRevisionStatus')), which the write's answer refreshes. A write throws the ApiError
 * so the form can show the Swedish message beside its field; Ctrl+Z reverses it.
 */
export const revisionWrites = {
  create: (input: CallInput<'createRevision'>): Promise<PlanRevision> => write('createRevision', input),
  remove: (revision: PlanRevision): Promise<null> => write('deleteRevision', { id: revision.id }),
};
