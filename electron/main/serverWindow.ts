import type { WebContents } from 'electron';
import { CONNECT_SERVER_EVENT } from '@shared/desktop';
import { setConnectedServer } from './security';
import { parseServerAddress, serverWindowTitle } from './serverAddress';
import { rememberServer, type Settings } from './settings';

/** The window as this file uses it (a BrowserWindow; a stand-in in tests). */
export interface ServerHostWindow {
  loadURL: (url: string) => Promise<void>;
  setTitle: (title: string) => void;
  on: (event: 'page-title-updated', listener: (event: { preventDefault: () => void }) => void) => unknown;
  webContents: Pick<WebContents, 'executeJavaScript' | 'getURL'> & {
    on: (event: 'did-finish-load', listener: () => void) => unknown;
  };
}

export const APP_TITLE = 'Planuppföljning';

/** Opens the app page's Anslut till server dialog (renderer/src/views/desktop/ConnectServerHost.tsx). A fixed string. */
export const SHOW_CONNECT_SCRIPT = `window.dispatchEvent(new Event('${CONNECT_SERVER_EVENT}'))`;

/**
 * Asks the server's page who is signed in (GET /auth/session, with its own cookie): only the name,
 * only for the title bar. A fixed string, never built from input.
 */
export const SIGNED_IN_NAME_SCRIPT = "fetch('/auth/session',{credentials:'same-origin'})"
  + ".then(function(r){return r.ok?r.json():null})"
  + ".then(function(b){return b&&b.user&&typeof b.user.name==='string'?b.user.name:null})"
  + ".catch(function(){return null})";

/** A name from a server's page goes into the title bar as plain text, at most this long. */
const MAX_NAME = 80;

/**
 * The desktop app as a client of a server (issue 17): Arkiv → Anslut till server… loads the server's
 * page in the window (no preload api for it: electron/preload/index.ts), remembers the server like a
 * recent file, and keeps the title bar saying "Planuppföljning – ‹server› – ‹namn›". Koppla från goes
 * back to the app's own page and plan file.
 */
export function createServerWindow(deps: {
  window: () => ServerHostWindow | null;
  appUrl: string;
  settings: { update: (change: (s: Settings) => Settings) => void };
  /** The menu shows the recent servers and whether one is connected. */
  onChange: () => void;
}) {
  let connected: { origin: string; host: string } | null = null;

  const showDialog = (win: ServerHostWindow): void => {
    win.webContents.executeJavaScript(SHOW_CONNECT_SCRIPT, true).catch((error: unknown) => console.error('[server]', error));
  };

  const updateTitle = async (win: ServerHostWindow): Promise<void> => {
    if (connected === null) return win.setTitle(APP_TITLE);
    const { origin, host } = connected;
    let name: string | null = null;
    let pageOrigin: string | null = null;
    try {
      pageOrigin = new URL(win.webContents.getURL()).origin;
    } catch {
      pageOrigin = null;
    }
    if (pageOrigin === origin) {
      const answer: unknown = await win.webContents.executeJavaScript(SIGNED_IN_NAME_SCRIPT).catch(() => null);
      if (typeof answer === 'string' && answer.trim() !== '') name = answer.trim().slice(0, MAX_NAME);
    }
    // The window may have moved on (another server, back to the app) while the page answered.
    if (connected?.origin === origin) win.setTitle(serverWindowTitle(host, name));
  };

  return {
    /** Once per window: the page's own <title> does not replace ours while connected; each load updates it. */
    attach(win: ServerHostWindow): void {
      win.on('page-title-updated', (event) => {
        if (connected !== null) event.preventDefault();
      });
      win.webContents.on('did-finish-load', () => void updateTitle(win));
    },

    /** From the app page's dialog or a recent server: checks the address, then loads it. */
    connect(address: string): { ok: true } | { ok: false; message: string } {
      const parsed = parseServerAddress(address);
      if (!parsed.ok) return parsed;
      const win = deps.window();
      if (win === null) return { ok: false, message: 'Inget fönster är öppet.' };
      connected = { origin: parsed.origin, host: parsed.host };
      setConnectedServer(parsed.origin);
      deps.settings.update((s) => rememberServer(s, parsed.url));
      win.setTitle(serverWindowTitle(parsed.host, null));
      win.loadURL(parsed.url).catch((error: unknown) => console.error('[server] could not load', error));
      deps.onChange();
      return { ok: true };
    },

    /** Arkiv → Anslut till server…: the dialog lives in the app's page, so from a server's page go back first. */
    async showConnectDialog(): Promise<void> {
      const win = deps.window();
      if (win === null) return;
      if (connected !== null) await this.disconnect();
      showDialog(win);
    },

    /** Arkiv → Koppla från servern: back to the app's own page and its plan file. */
    async disconnect(): Promise<void> {
      connected = null;
      setConnectedServer(null);
      deps.onChange();
      const win = deps.window();
      if (win === null) return;
      win.setTitle(APP_TITLE);
      await win.loadURL(deps.appUrl).catch((error: unknown) => console.error('[server] could not load the app', error));
    },

    connectedHost: (): string | null => connected?.host ?? null,
  };
}

export type ServerWindow = ReturnType<typeof createServerWindow>;
