import { contextBridge, ipcRenderer } from 'electron';
import { CALL_NAMES, IPC_PREFIX, type RawApi } from '@shared/api/contract';
import { DESKTOP_CONNECT_CHANNEL, type DesktopApi } from '@shared/desktop';
import { isAppUrl } from '../main/security';

/**
 * window.api: one function per contract call and nothing else — no ipcRenderer, no generic
 * invoke, no Node (https://www.electronjs.org/docs/latest/tutorial/context-isolation).
 * Results arrive as { ok, value } | { ok: false, error }; the renderer's client unwraps them.
 * Only the app's own page gets them: a server's page shown in the window (Arkiv → Anslut till
 * server…) talks to its server over HTTP and gets nothing here. The main process checks the
 * sender of every call as well (security.ts isTrustedSender).
 */
// The preload is built without the DOM's types; the page's address is all it reads of it.
const pageUrl = (globalThis as unknown as { location: { href: string } }).location.href;
if (isAppUrl(pageUrl, process.env.ELECTRON_RENDERER_URL)) {
  const api = Object.fromEntries(
    CALL_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(IPC_PREFIX + name, input)]),
  ) as RawApi;
  contextBridge.exposeInMainWorld('api', api);
  const desktop: DesktopApi = { connectToServer: (address) => ipcRenderer.invoke(DESKTOP_CONNECT_CHANNEL, address) };
  contextBridge.exposeInMainWorld('desktop', desktop);
}
