import { create } from 'zustand';

/** Whether Återställ från säkerhetskopia… is open; the Arkiv menu and the Import och export view both open it. */
interface BackupDialogState {
  open: boolean;
  show: () => void;
  close: () => void;
}

export const useBackupDialogStore = create<BackupDialogState>((set) => ({
  open: false,
  show: () => set({ open: true }),
  close: () => set({ open: false }),
}));
