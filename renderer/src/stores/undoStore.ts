import type { UndoState } from '@shared/domain/types';
import { errorMessage } from '../api/client';
import { useCall } from '../data/useCall';
import { write } from '../data/write';
import { useNoticeStore } from './noticeStore';

/**
 * Ctrl+Z: undoes the newest change in the plan file (the main process keeps the journal). The
 * undo's answer names the tables its inverse steps touched, so the cache refetches exactly the
 * reads that show them (renderer/src/data); what Ctrl+Z would undo next is itself a cached read
 * (getUndoState), refreshed by every write's answer.
 */
export async function undo(): Promise<void> {
  try {
    const undone = await write('undoLastChange', {});
    useNoticeStore.getState().show(`Ångrade: ${undone.label}`);
  } catch (error) {
    useNoticeStore.getState().show(errorMessage(error), 'error');
  }
}

/** What Ctrl+Z would undo now, or null. */
export function useNextUndo(): UndoState | null {
  return useCall('getUndoState', {}).data ?? null;
}
