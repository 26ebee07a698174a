import { beforeEach, describe, expect, it, vi } from 'vitest';

/** Just enough of window and history for uiStore: the hash, replaceState and the hashchange listener. */
function fakeBrowser(hash: string) {
  const listeners = new Map<string, () => void>();
  const location = { hash };
  vi.stubGlobal('window', {
    location,
    addEventListener: (name: string, listener: () => void) => listeners.set(name, listener),
  });
  vi.stubGlobal('history', { replaceState: (_s: unknown, _t: string, url: string) => { location.hash = url; } });
  return {
    location,
    /** What the Electron menu does (electron/main/presentation.ts): set the hash, which fires hashchange. */
    navigate: (next: string) => {
      location.hash = next;
      listeners.get('hashchange')?.();
    },
  };
}

beforeEach(() => {
  vi.resetModules();
  vi.unstubAllGlobals();
});

describe('uiStore routes', () => {
  it('knows presentationsläge as a route of its own, outside the main menu', async () => {
    fakeBrowser('#/presentation');
    const { parseHash, formatHash, useUiStore, VIEWS } = await import('@renderer/stores/uiStore');
    expect(useUiStore.getState().view).toBe('presentation');
    expect(VIEWS.map((v) => v.id)).not.toContain('presentation');
    expect(formatHash(parseHash('#/presentation'))).toBe('#/presentation');
    expect(parseHash('#/plan/atgard/12/rapportera')).toEqual({ view: 'plan', actionId: 12, report: true });
    expect(parseHash('#/okand')).toEqual({ view: 'att-gora', actionId: null, report: false });
  });

  it('follows the hash when something outside the app sets it (Visa → Presentationsläge)', async () => {
    const browser = fakeBrowser('#/oversikt');
    const { useUiStore } = await import('@renderer/stores/uiStore');
    expect(useUiStore.getState().view).toBe('oversikt');
    browser.navigate('#/presentation');
    expect(useUiStore.getState().view).toBe('presentation');
    useUiStore.getState().show('oversikt');
    expect(browser.location.hash).toBe('#/oversikt');
    browser.navigate('#/presentation');
    expect(useUiStore.getState().view).toBe('presentation');
  });
});
