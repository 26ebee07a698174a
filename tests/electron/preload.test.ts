import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: [] })) },
}));
vi.mock('electron', () => electron);

import { CALL_NAMES } from '@shared/api/contract';

describe('preload', () => {
  it("exposes exactly the contract's calls on window.api, each invoking its own channel", async () => {
    await import('../../electron/preload/index');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Record<string, unknown>];
    expect(key).toBe('api');
    expect(Object.keys(api).sort()).toEqual([...CALL_NAMES].sort());
    for (const name of CALL_NAMES) expect(typeof api[name]).toBe('function');

    const listPlans = api.listPlans as (input: unknown) => Promise<unknown>;
    await expect(listPlans({})).resolves.toEqual({ ok: true, value: [] });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('api:listPlans', {});
  });

  it('hands the renderer nothing but those functions', async () => {
    await import('../../electron/preload/index');
    const api = electron.contextBridge.exposeInMainWorld.mock.calls[0][1] as Record<string, unknown>;
    expect(api).not.toHaveProperty('invoke');
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
  });
});
