import { create } from 'zustand';
import { missingSettings, type DocumentSettings } from '@shared/domain/settings';
import type { SavedDocumentSettings } from '@shared/api/settings';
import { queryClient } from '../data/queryClient';
import { callQuery, useCall } from '../data/useCall';
import { write } from '../data/write';
import { useNoticeStore } from './noticeStore';

/**
 * Inställningar: who writes the kommun's documents. The dialog is opened from the top bar, and by
 * the first export of a session when the author or the kommun is missing ("asks once"): the
 * export waits until the dialog is closed, saved or not. The settings themselves are a cached read
 * (useSettings), refreshed by the save's answer.
 */
interface SettingsState {
  open: boolean;
  /** Set when the dialog was opened by an export: what it says above the fields. */
  beforeExport: boolean;
  asked: boolean;
  /** `version`: the settings' version as the dialog read them (a save on top of someone else's is refused). */
  save: (patch: Partial<DocumentSettings>, version: number | undefined) => Promise<void>;
  show: () => void;
  close: () => void;
  /** Before an export: opens the dialog once per session if the author or the kommun is missing, and resolves when it closes. */
  askOnceBeforeExport: () => Promise<void>;
}

let closed: (() => void) | null = null;

/** The settings as the file holds them, through the cache (outside React: before an export). */
export function loadSettings(): Promise<DocumentSettings | null> {
  return queryClient.fetchQuery(callQuery('getSettings', {})).catch(() => null);
}

export function useSettings(): SavedDocumentSettings | null {
  return useCall('getSettings', {}).data ?? null;
}

export const useSettingsStore = create<SettingsState>((set, get) => ({
  open: false,
  beforeExport: false,
  asked: false,
  save: async (patch, version) => {
    await write('updateSettings', { ...patch, version });
    useNoticeStore.getState().show('Inställningarna sparades.');
  },
  show: () => set({ open: true, beforeExport: false }),
  close: () => {
    set({ open: false });
    closed?.();
    closed = null;
  },
  askOnceBeforeExport: async () => {
    if (get().asked) return;
    const settings = await loadSettings();
    if (!settings || missingSettings(settings).length === 0) return;
    set({ asked: true, open: true, beforeExport: true });
    await new Promise<void>((resolve) => { closed = resolve; });
  },
}));
