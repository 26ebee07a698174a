import type { UndoState } from '../../../shared/domain/types';
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
    await reloadAll();
  } catch (error) {
    useNoticeStore.getState().show(errorMessage(error), 'error');
  }
}

/** What Ctrl+Z would undo now, or null. */
export function useNextUndo(): UndoState | null {
  return useCall('getUndoState', {}).data ?? null;
}

const reloaders = new Set<() => Promise<void> | void>();

/**
 * TRANSITIONAL, for the stores not yet reading through the cache (reports, settings, audits,
 * indicators, mått, import/export): they register how to reload after an undo or a write elsewhere.
 */
export function onFileChanged(reload: () => Promise<void> | void): () => void {
  reloaders.add(reload);
  return () => reloaders.delete(reload);
}

export async function reloadAll(): Promise<void> {
  await Promise.all([...reloaders].map((r) => r()));
}

/** TRANSITIONAL: Ctrl+Z's state now follows every write's answer; kept so unconverted stores compile. */
export function afterWrite(): Promise<void> {
  return Promise.resolve();
}
