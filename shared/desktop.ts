/**
 * What the desktop app's own page may ask of the main process besides the contract's calls:
 * Arkiv → Anslut till server… (the address is typed in the page's dialog). Absent in browser
 * and server mode.
 */
export interface DesktopApi {
  /** Checks the address and loads the server's page in the window; a refusal is said in Swedish. */
  connectToServer: (address: string) => Promise<{ ok: true } | { ok: false; message: string }>;
}

export const DESKTOP_CONNECT_CHANNEL = 'desktop:connect-server';

/** Fired on the app's page by the menu (electron/main/serverWindow.ts) to open the Anslut till server dialog. */
export const CONNECT_SERVER_EVENT = 'planuppfoljning:anslut-till-server';
