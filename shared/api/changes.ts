import { z } from 'zod';
import type { ChangeEntry, DeleteImpact, UndoState } from '../domain/types';
import { read, write } from './callSpec';
import { deletableEntity, empty, id, isoDate } from './schemas';

/** The change log (Sedan senast), what a delete would take with it, and Ctrl+Z. */

export const changesInput = z.strictObject({
  since: isoDate,
  planId: id.optional(),
  actionId: id.optional(),
  limit: z.number().int().min(1).max(5_000).default(500),
});

export const deleteImpactInput = z.strictObject({
  entity: deletableEntity,
  id,
});

export const changeCalls = {
  listChanges: read<ChangeEntry[]>()(changesInput),
  getDeleteImpact: read<DeleteImpact>()(deleteImpactInput),
  getUndoState: read<UndoState | null>()(empty),
  undoLastChange: write<UndoState>('report')(empty),
} as const;
