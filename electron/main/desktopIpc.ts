import type { IpcMain } from 'electron';
import { DESKTOP_CONNECT_CHANNEL } from '@shared/desktop';
import { isTrustedSender } from './security';
import type { ServerWindow } from './serverWindow';

const UNTRUSTED = { ok: false as const, message: 'Anropet kom inte från programmets eget fönster.' };

/** The app page's one request beside the contract (shared/desktop.ts), checked like every call: only our own top-level page. */
export function registerDesktopIpc(ipcMain: Pick<IpcMain, 'handle'>, servers: Pick<ServerWindow, 'connect'>): void {
  ipcMain.handle(DESKTOP_CONNECT_CHANNEL, (event, address: unknown) => {
    if (!isTrustedSender(event)) return UNTRUSTED;
    if (typeof address !== 'string' || address.length > 2_000) return { ok: false, message: 'Skriv serverns adress, till exempel https://plan.kommun.se.' };
    return servers.connect(address);
  });
}
