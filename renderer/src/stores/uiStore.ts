import { create } from 'zustand';

export const VIEWS = [
  { id: 'oversikt', label: 'Översikt' },
  { id: 'plan', label: 'Plan' },
  { id: 'namnder', label: 'Nämnder' },
  { id: 'granskningar', label: 'Granskningar' },
  { id: 'rapporter', label: 'Rapporter' },
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];

function viewFromHash(): ViewId {
  const id = window.location.hash.replace(/^#\/?/, '');
  return VIEWS.some((v) => v.id === id) ? (id as ViewId) : 'oversikt';
}

/** Which view is shown; kept in the URL fragment so a reload stays where the user was. */
interface UiState {
  view: ViewId;
  show: (view: ViewId) => void;
}

export const useUiStore = create<UiState>((set) => ({
  view: viewFromHash(),
  show: (view) => {
    history.replaceState(null, '', `#/${view}`);
    set({ view });
  },
}));
