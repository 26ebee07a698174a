import { create } from 'zustand';
import { missingSettings, type DocumentSettings } from '../../../shared/domain/settings';
import { api, errorMessage } from '../api/client';
import { useNoticeStore } from './noticeStore';
import { afterWrite, onFileChanged, reloadAll } from './undoStore';

/**
 * Inställningar: who writes the kommun's documents. The dialog is opened from the top bar, and by
 * the first export of a session when the author or the kommun is missing ("asks once"): the
 * export waits until the dialog is closed, saved or not.
 */
interface SettingsState {
  settings: DocumentSettings | null;
  error: string | null;
  open: boolean;
  /** Set when the dialog was opened by an export: what it says above the fields. */
  beforeExport: boolean;
  asked: boolean;
  load: () => Promise<DocumentSettings | null>;
  save: (patch: Partial<DocumentSettings>) => Promise<void>;
  show: () => void;
  close: () => void;
  /** Before an export: opens the dialog once per session if the author or the kommun is missing, and resolves when it closes. */
  askOnceBeforeExport: () => Promise<void>;
}

let closed: (() => void) | null = null;

export const useSettingsStore = create<SettingsState>((set, get) => ({
  settings: null,
  error: null,
  open: false,
  beforeExport: false,
  asked: false,
  load: async () => {
    try {
      const settings = await api.getSettings({});
      set({ settings, error: null });
      return settings;
    } catch (error) {
      set({ error: errorMessage(error) });
      return null;
    }
  },
  save: async (patch) => {
    const settings = await api.updateSettings(patch);
    set({ settings });
    await Promise.all([afterWrite(), reloadAll()]);
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
    const settings = await get().load();
    if (!settings || missingSettings(settings).length === 0) return;
    set({ asked: true, open: true, beforeExport: true });
    await new Promise<void>((resolve) => { closed = resolve; });
  },
}));

onFileChanged(() => (useSettingsStore.getState().settings ? useSettingsStore.getState().load().then(() => undefined) : undefined));
