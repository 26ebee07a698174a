import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: [] })) },
}));
vi.mock('electron', () => electron);

import { CALL_NAMES } from '@shared/api/contract';
import { DESKTOP_CONNECT_CHANNEL } from '@shared/desktop';

/** The preload runs once per page load; each test loads it afresh on a page at `href`. */
async function loadOn(href: string): Promise<Map<string, Record<string, unknown>>> {
  vi.stubGlobal('location', { href });
  vi.resetModules();
  await import('../../electron/preload/index');
  return new Map(electron.contextBridge.exposeInMainWorld.mock.calls as unknown as [string, Record<string, unknown>][]);
}

beforeEach(() => electron.contextBridge.exposeInMainWorld.mockClear());
afterEach(() => vi.unstubAllGlobals());

describe('preload', () => {
  it("exposes exactly the contract's calls on window.api, each invoking its own channel", async () => {
    const exposed = await loadOn('app://renderer/index.html');
    const api = exposed.get('api')!;
    expect(Object.keys(api).sort()).toEqual([...CALL_NAMES].sort());
    for (const name of CALL_NAMES) expect(typeof api[name]).toBe('function');

    const listPlans = api.listPlans as (input: unknown) => Promise<unknown>;
    await expect(listPlans({})).resolves.toEqual({ ok: true, value: [] });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('api:listPlans', {});
  });

  it('hands the renderer nothing but those functions, and the one desktop request', async () => {
    const exposed = await loadOn('app://renderer/index.html');
    expect([...exposed.keys()].sort()).toEqual(['api', 'desktop']);
    const api = exposed.get('api')!;
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
    const desktop = exposed.get('desktop')!;
    expect(Object.keys(desktop)).toEqual(['connectToServer']);
    await (desktop.connectToServer as (a: string) => Promise<unknown>)('https://plan.kommun.se');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(DESKTOP_CONNECT_CHANNEL, 'https://plan.kommun.se');
  });

  it.each(['https://plan.kommun.se/', 'http://127.0.0.1:8080/#/plan', 'https://login.microsoftonline.com/x'])(
    'gives a server\'s page (%s) nothing at all', async (href) => {
      const exposed = await loadOn(href);
      expect(exposed.size).toBe(0);
    });
});
