import { create } from 'zustand';

/** The views in the order of the main menu. */
export const VIEWS = [
  { id: 'att-gora', label: 'Att göra' },
  { id: 'oversikt', label: 'Översikt' },
  { id: 'plan', label: 'Plan' },
  { id: 'deadlines', label: 'Deadlines' },
  { id: 'sedan-senast', label: 'Sedan senast' },
  { id: 'namnder', label: 'Nämnder' },
  { id: 'uppfoljningsbarhet', label: 'Uppföljningsbarhet' },
  { id: 'granskningar', label: 'Granskningar' },
  { id: 'indikatorer', label: 'Indikatorer' },
  { id: 'rapporter', label: 'Rapporter' },
  { id: 'import-export', label: 'Import och export' },
] as const;

/** Views reached by a command rather than the main menu: presentationsläge (F5, Visa → Presentationsläge). */
export const COMMAND_VIEWS = [{ id: 'presentation', label: 'Presentationsläge' }] as const;

/** Server mode: views in the main menu for an administratör only (the server refuses their calls to anyone else). */
export const ADMIN_VIEWS = [{ id: 'anvandare', label: 'Användare' }] as const;

export type ViewId = (typeof VIEWS)[number]['id'] | (typeof COMMAND_VIEWS)[number]['id'] | (typeof ADMIN_VIEWS)[number]['id'];

export interface Route {
  view: ViewId;
  /** An åtgärd opened in the plan view (its detail: history, Ny lägesrapport, log). */
  actionId: number | null;
  /** Open the Ny lägesrapport form of that åtgärd at once (the quick path from Deadlines, Att göra…). */
  report: boolean;
}

const DEFAULT: Route = { view: 'att-gora', actionId: null, report: false };

/** "#/plan", "#/plan/atgard/12", "#/plan/atgard/12/rapportera". */
export function parseHash(hash: string): Route {
  const [view, kind, id, report] = hash.replace(/^#\/?/, '').split('/');
  if (![...VIEWS, ...COMMAND_VIEWS, ...ADMIN_VIEWS].some((v) => v.id === view)) return DEFAULT;
  const actionId = kind === 'atgard' && /^\d+$/.test(id ?? '') ? Number(id) : null;
  return { view: view as ViewId, actionId, report: actionId !== null && report === 'rapportera' };
}

export function formatHash(route: Route): string {
  if (route.actionId === null) return `#/${route.view}`;
  return `#/${route.view}/atgard/${route.actionId}${route.report ? '/rapportera' : ''}`;
}

/** Where the user is; kept in the URL fragment so a reload (or Ladda om) stays there. */
interface UiState extends Route {
  show: (view: ViewId) => void;
  /** Opens an åtgärd's detail in the plan view; `report` opens its Ny lägesrapport form. */
  openAction: (actionId: number, options?: { report?: boolean }) => void;
  closeAction: () => void;
}

function go(route: Route): Route {
  history.replaceState(null, '', formatHash(route));
  return route;
}

export const useUiStore = create<UiState>((set) => ({
  ...parseHash(window.location.hash),
  show: (view) => set(go({ view, actionId: null, report: false })),
  openAction: (actionId, options) => set(go({ view: 'plan', actionId, report: options?.report === true })),
  closeAction: () => set((s) => go({ view: s.view, actionId: null, report: false })),
}));

// The Electron menu switches views by setting the hash (electron/main/presentation.ts); our own
// navigation uses replaceState, which fires no hashchange.
window.addEventListener('hashchange', () => useUiStore.setState(parseHash(window.location.hash)));
