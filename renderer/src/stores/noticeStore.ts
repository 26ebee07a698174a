import { create } from 'zustand';

/** A short message after an action ("Lägesrapporten sparades", "Ångrade: …"), read out by screen readers. */
interface NoticeState {
  text: string | null;
  tone: 'info' | 'error';
  show: (text: string, tone?: 'info' | 'error') => void;
  clear: () => void;
}

let timer: ReturnType<typeof setTimeout> | undefined;

export const useNoticeStore = create<NoticeState>((set) => ({
  text: null,
  tone: 'info',
  show: (text, tone = 'info') => {
    clearTimeout(timer);
    set({ text, tone });
    timer = setTimeout(() => set({ text: null }), 6000);
  },
  clear: () => set({ text: null }),
}));
