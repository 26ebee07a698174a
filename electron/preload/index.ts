import { contextBridge, ipcRenderer } from 'electron';
import { CALL_NAMES, IPC_PREFIX, type RawApi } from '@shared/api/contract';

/**
 * window.api: one function per contract call and nothing else — no ipcRenderer, no generic
 * invoke, no Node (https://www.electronjs.org/docs/latest/tutorial/context-isolation).
 * Results arrive as { ok, value } | { ok: false, error }; the renderer's client unwraps them.
 */
const api = Object.fromEntries(
  CALL_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(IPC_PREFIX + name, input)]),
) as RawApi;

contextBridge.exposeInMainWorld('api', api);
