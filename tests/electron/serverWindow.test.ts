import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { APP_TITLE, createServerWindow, SHOW_CONNECT_SCRIPT, SIGNED_IN_NAME_SCRIPT, type ServerHostWindow } from '../../electron/main/serverWindow';
import { connectedServer, hardenWebContents, isAllowedNewWindow, isNavigationAllowed, setConnectedServer } from '../../electron/main/security';
import { registerDesktopIpc } from '../../electron/main/desktopIpc';
import { DESKTOP_CONNECT_CHANNEL } from '@shared/desktop';
import type { Settings } from '../../electron/main/settings';
import { ipcEvent } from './helpers';

const APP_URL = 'app://renderer/index.html';

afterEach(() => setConnectedServer(null));

/** A BrowserWindow stand-in: what was loaded, the title, and the page's answers to scripts. */
function fakeWindow(nameOnPage: unknown = 'Anna Andersson') {
  let url = APP_URL;
  let finishLoad: () => void = () => undefined;
  let titleListener: (event: { preventDefault: () => void }) => void = () => undefined;
  const loaded: string[] = [];
  const scripts: string[] = [];
  const win: ServerHostWindow & { title: string } = {
    title: APP_TITLE,
    loadURL: vi.fn(async (next: string) => {
      url = next;
      loaded.push(next);
    }),
    setTitle: (title: string) => { win.title = title; },
    on: (_e, listener) => { titleListener = listener; },
    webContents: {
      getURL: () => url,
      executeJavaScript: vi.fn(async (script: string) => {
        scripts.push(script);
        return script === SIGNED_IN_NAME_SCRIPT ? nameOnPage : undefined;
      }),
      on: (_e: 'did-finish-load', listener: () => void) => { finishLoad = listener; },
    } as unknown as ServerHostWindow['webContents'],
  };
  return { win, loaded, scripts, finishLoad: () => finishLoad(), titleUpdated: () => {
    const event = { preventDefault: vi.fn() };
    titleListener(event);
    return event.preventDefault.mock.calls.length > 0;
  } };
}

function setUp(nameOnPage?: unknown) {
  const fake = fakeWindow(nameOnPage);
  let settings: Settings = { recentFiles: [] };
  const onChange = vi.fn();
  const servers = createServerWindow({ window: () => fake.win, appUrl: APP_URL, settings: { update: (c) => { settings = c(settings); } }, onChange });
  servers.attach(fake.win);
  return { ...fake, servers, onChange, settings: () => settings };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the desktop app as a client of a server', () => {
  it('loads the server in the window, remembers it, and lets the window go only there', async () => {
    const { servers, loaded, settings, onChange } = setUp();
    expect(servers.connect('https://plan.kommun.se/')).toEqual({ ok: true });
    expect(loaded).toEqual(['https://plan.kommun.se/']);
    expect(settings().recentServers).toEqual(['https://plan.kommun.se/']);
    expect(connectedServer()).toBe('https://plan.kommun.se');
    expect(servers.connectedHost()).toBe('plan.kommun.se');
    expect(onChange).toHaveBeenCalled();
  });

  it('refuses an address that is not https:// (http:// only to this computer), and loads nothing', () => {
    const { servers, loaded, settings } = setUp();
    const result = servers.connect('http://plan.kommun.se');
    expect(result.ok).toBe(false);
    expect(loaded).toEqual([]);
    expect(settings().recentServers).toBeUndefined();
    expect(connectedServer()).toBeNull();
  });

  it('shows the server and the signed-in person in the title bar, and keeps the page from replacing it', async () => {
    const { servers, win, finishLoad, titleUpdated } = setUp('Anna Andersson');
    servers.connect('https://plan.kommun.se/');
    expect(win.title).toBe('Planuppföljning – plan.kommun.se');
    finishLoad();
    await settle();
    expect(win.title).toBe('Planuppföljning – plan.kommun.se – Anna Andersson');
    expect(titleUpdated()).toBe(true);
  });

  it('takes only a short plain name from the page for the title', async () => {
    const { servers, win, finishLoad } = setUp({ evil: true });
    servers.connect('https://plan.kommun.se/');
    finishLoad();
    await settle();
    expect(win.title).toBe('Planuppföljning – plan.kommun.se');
  });

  it('Arkiv → Anslut till server… from a server\'s page goes back to the app\'s page, then opens the dialog there', async () => {
    const { servers, loaded, scripts, win, titleUpdated } = setUp();
    servers.connect('https://plan.kommun.se/');
    await servers.showConnectDialog();
    expect(loaded).toEqual(['https://plan.kommun.se/', APP_URL]);
    expect(scripts).toContain(SHOW_CONNECT_SCRIPT);
    expect(win.title).toBe(APP_TITLE);
    expect(connectedServer()).toBeNull();
    expect(titleUpdated()).toBe(false);
  });
});

describe('navigation while connected', () => {
  const SERVER = 'https://plan.kommun.se';

  it('stays within the app when no server is connected', () => {
    expect(isNavigationAllowed('https://plan.kommun.se/', APP_URL, null)).toBe(false);
    expect(isNavigationAllowed(APP_URL, APP_URL, null)).toBe(true);
  });

  it('goes within the server\'s origin, not to another site from its pages', () => {
    expect(isNavigationAllowed(`${SERVER}/#/plan`, `${SERVER}/`, SERVER)).toBe(true);
    expect(isNavigationAllowed('https://evil.example/', `${SERVER}/`, SERVER)).toBe(false);
    expect(isNavigationAllowed('https://plan.kommun.se.evil.example/', `${SERVER}/`, SERVER)).toBe(false);
  });

  it('follows the sign-in through the identity provider and back', () => {
    expect(isNavigationAllowed('https://login.idp.se/authorize', `${SERVER}/auth/login`, SERVER)).toBe(true);
    expect(isNavigationAllowed('https://mfa.idp.se/step', 'https://login.idp.se/authorize', SERVER)).toBe(true);
    expect(isNavigationAllowed(`${SERVER}/auth/oidc/callback?code=x`, 'https://login.idp.se/authorize', SERVER)).toBe(true);
    expect(isNavigationAllowed('http://login.idp.se/authorize', `${SERVER}/auth/login`, SERVER)).toBe(false);
  });

  it('opens a new window only for the server\'s sign-in page', () => {
    expect(isAllowedNewWindow(`${SERVER}/auth/login`, SERVER)).toBe(true);
    expect(isAllowedNewWindow(`${SERVER}/`, SERVER)).toBe(false);
    expect(isAllowedNewWindow('https://evil.example/auth/login', SERVER)).toBe(false);
    expect(isAllowedNewWindow(`${SERVER}/auth/login`, null)).toBe(false);
  });

  it('hardened web contents apply these rules to the connected server', () => {
    const listeners = new Map<string, (event: { preventDefault: () => void }, url: string) => void>();
    let open: (d: { url: string }) => unknown = () => undefined;
    const contents = {
      getURL: () => `${SERVER}/`,
      on: (name: string, l: (event: { preventDefault: () => void }, url: string) => void) => { listeners.set(name, l); return contents; },
      setWindowOpenHandler: (h: (d: { url: string }) => unknown) => { open = h; },
    };
    hardenWebContents(contents as unknown as Parameters<typeof hardenWebContents>[0]);
    setConnectedServer(SERVER);
    const inside = { preventDefault: vi.fn() };
    listeners.get('will-navigate')?.(inside, `${SERVER}/#/plan`);
    expect(inside.preventDefault).not.toHaveBeenCalled();
    const away = { preventDefault: vi.fn() };
    listeners.get('will-navigate')?.(away, 'https://evil.example/');
    expect(away.preventDefault).toHaveBeenCalled();
    expect(open({ url: `${SERVER}/auth/login` })).toEqual({ action: 'allow' });
    expect(open({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });
});

describe('the app page\'s request to connect', () => {
  function register() {
    const handlers = new Map<string, (event: unknown, input: unknown) => unknown>();
    const connect = vi.fn((address: string) => ({ ok: true as const, address }));
    registerDesktopIpc({ handle: (channel: string, h: (event: unknown, input: unknown) => unknown) => { handlers.set(channel, h); } } as never, { connect });
    return { handler: handlers.get(DESKTOP_CONNECT_CHANNEL)!, connect };
  }

  it('is taken from the app\'s own page', () => {
    const { handler, connect } = register();
    handler(ipcEvent(APP_URL), 'https://plan.kommun.se');
    expect(connect).toHaveBeenCalledWith('https://plan.kommun.se');
  });

  it('is refused from a server\'s page or a frame, and connects nothing', () => {
    const { handler, connect } = register();
    expect(handler(ipcEvent('https://plan.kommun.se/'), 'https://evil.example')).toMatchObject({ ok: false });
    expect(handler(ipcEvent(APP_URL, {}), 'https://evil.example')).toMatchObject({ ok: false });
    expect(handler(ipcEvent(APP_URL), 42)).toMatchObject({ ok: false });
    expect(connect).not.toHaveBeenCalled();
  });
});
