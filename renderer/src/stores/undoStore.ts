import { create } from 'zustand';
import type { UndoState } from '../../../shared/domain/types';
import { api, errorMessage } from '../api/client';
import { useNoticeStore } from './noticeStore';

/**
 * Ctrl+Z: undoes the newest change in the plan file (the main process keeps the journal).
 * Stores that show data register a reload so the screen shows the file as it now is.
 */
interface UndoStoreState {
  next: UndoState | null;
  refresh: () => Promise<void>;
  undo: () => Promise<void>;
}

const reloaders = new Set<() => Promise<void> | void>();

/** Every store that holds data from the file registers how to reload it after an undo. */
export function onFileChanged(reload: () => Promise<void> | void): () => void {
  reloaders.add(reload);
  return () => reloaders.delete(reload);
}

export async function reloadAll(): Promise<void> {
  await Promise.all([...reloaders].map((r) => r()));
}

export const useUndoStore = create<UndoStoreState>((set, get) => ({
  next: null,
  refresh: async () => {
    try {
      set({ next: await api.getUndoState({}) });
    } catch {
      set({ next: null });
    }
  },
  undo: async () => {
    try {
      const undone = await api.undoLastChange({});
      useNoticeStore.getState().show(`Ångrade: ${undone.label}`);
      await reloadAll();
    } catch (error) {
      useNoticeStore.getState().show(errorMessage(error), 'error');
    }
    await get().refresh();
  },
}));

/** Call after every successful write: Ctrl+Z now reverses that write. */
export function afterWrite(): Promise<void> {
  return useUndoStore.getState().refresh();
}
