import { create } from 'zustand';
import type { QualityIssue } from '@shared/domain/followUpQuality';

/** Choices in the follow-up views that should survive switching views (not the file's data). */
export type DeadlineWindow = 30 | 90;

interface FollowUpUiState {
  deadlineWindow: DeadlineWindow;
  /** Sedan senast's date; null means the default (30 days before today). */
  since: string | null;
  qualityFilter: QualityIssue | 'all';
  /** A nämnd Att göra sent the user to: Nämnder opens its åtgärder and moves focus there. */
  focusBodyId: number | null;
  setDeadlineWindow: (days: DeadlineWindow) => void;
  setSince: (since: string | null) => void;
  setQualityFilter: (filter: QualityIssue | 'all') => void;
  setFocusBody: (id: number | null) => void;
}

export const useFollowUpUiStore = create<FollowUpUiState>((set) => ({
  deadlineWindow: 30,
  since: null,
  qualityFilter: 'all',
  focusBodyId: null,
  setDeadlineWindow: (deadlineWindow) => set({ deadlineWindow }),
  setSince: (since) => set({ since }),
  setQualityFilter: (qualityFilter) => set({ qualityFilter }),
  setFocusBody: (focusBodyId) => set({ focusBodyId }),
}));
