import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DESKTOP_CONNECT_CHANNEL } from '@shared/desktop';
import { CALL_NAMES } from '@shared/api/contract';
import { SETTINGS_FILE_NAME } from '../../electron/main/settings';
import { createPlanFile } from '../../electron/services/db/openPlanFile';
import { useTempDirs } from './helpers';
import { utilityProcessDouble } from './utilityProcessDouble';
import { HOST_RESTARTED_MESSAGE } from '../../electron/services/db/writeAlerts';

type Listener = (...args: unknown[]) => void;

/** Just enough of Electron for index.ts to wire itself up; each test reads what it registered. */
const electron = vi.hoisted(() => {
  const appListeners = new Map<string, Listener>();
  const windows: Array<{ options: unknown; listeners: Map<string, Listener>; loadURL: ReturnType<typeof vi.fn>; focus: ReturnType<typeof vi.fn>; show: ReturnType<typeof vi.fn>; webContents: { reload: ReturnType<typeof vi.fn> } }> = [];
  let resolveReady: () => void = () => undefined;
  class BrowserWindow {
    listeners = new Map<string, Listener>();
    loadURL = vi.fn(async () => undefined);
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => false;
    getNormalBounds = () => ({ x: 5, y: 6, width: 1100, height: 700 });
    webContents = { reload: vi.fn(), on: vi.fn(), executeJavaScript: vi.fn(async () => undefined) };
    constructor(public options: unknown) {
      windows.push(this);
    }
    on(name: string, listener: Listener) { this.listeners.set(name, listener); return this; }
    once(name: string, listener: Listener) { return this.on(name, listener); }
  }
  return {
    appListeners,
    windows,
    ready: () => resolveReady(),
    paths: { userData: '', documents: '' },
    module: {
      app: {
        isPackaged: false,
        requestSingleInstanceLock: vi.fn(() => true),
        quit: vi.fn(),
        getVersion: () => '1.2.3',
        getPath: (name: 'userData' | 'documents') => electron.paths[name],
        on: vi.fn((name: string, listener: Listener) => { appListeners.set(name, listener); }),
        whenReady: vi.fn(() => new Promise<void>((resolve) => { resolveReady = resolve; })),
      },
      BrowserWindow,
      ipcMain: { handle: vi.fn() },
      Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
      screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
      session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      dialog: { showMessageBox: vi.fn(async () => ({ response: 0 })), showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
      // Filled in below: a real host process, forked from the built entry.
      utilityProcess: { fork: vi.fn() },
    },
  };
});
vi.mock('electron', () => electron.module);

const tempDir = useTempDirs();
const { app } = electron.module;

const { hosts, posted, forkHost, quit } = utilityProcessDouble();

function ipcHandler(name: string) {
  return electron.module.ipcMain.handle.mock.calls.find(([channel]) => channel === `api:${name}`)?.[1] as
    (event: unknown, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { kind: string; message: string } }>;
}
const APP_FRAME = { senderFrame: { url: 'app://renderer/index.html', parent: null } };

beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  electron.module.utilityProcess.fork.mockImplementation(forkHost);
  electron.appListeners.clear();
  electron.windows.length = 0;
  electron.paths.userData = tempDir();
  electron.paths.documents = tempDir();
  app.isPackaged = false;
  app.requestSingleInstanceLock.mockReturnValue(true);
  vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
});

/** index.ts installs last-resort handlers on the real process: each test's are removed again, so they never hide a test's own errors. */
type ProcessEvent = 'uncaughtException' | 'unhandledRejection';
const PROCESS_EVENTS: ProcessEvent[] = ['uncaughtException', 'unhandledRejection'];
const listenersOf = (name: ProcessEvent): unknown[] => (name === 'uncaughtException' ? process.listeners('uncaughtException') : process.listeners('unhandledRejection'));
let listenersBefore: Map<ProcessEvent, unknown[]>;
beforeEach(() => {
  listenersBefore = new Map(PROCESS_EVENTS.map((name) => [name, listenersOf(name)]));
});

function installedHandler(name: ProcessEvent): (error: unknown) => void {
  const added = listenersOf(name).filter((l) => !listenersBefore.get(name)!.includes(l));
  expect(added).toHaveLength(1);
  return added[0] as (error: unknown) => void;
}

afterEach(async () => {
  await quit(electron.appListeners.get('will-quit'));
  vi.unstubAllEnvs();
  for (const name of PROCESS_EVENTS) {
    for (const listener of listenersOf(name)) {
      if (!listenersBefore.get(name)!.includes(listener)) process.off(name, listener as () => void);
    }
  }
});

async function startApp(): Promise<void> {
  await import('../../electron/main/index');
  electron.ready();
  // The host is a real process that opens (or first creates) the demo file: give it time on a busy machine.
  await vi.waitFor(() => expect(electron.module.Menu.setApplicationMenu).toHaveBeenCalled(), { timeout: 20_000 });
}

describe('main process lifecycle', () => {
  it('quits a second instance at once, before wiring anything', async () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    await import('../../electron/main/index');
    expect(app.quit).toHaveBeenCalled();
    expect(electron.module.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
  });

  it('registers the app: scheme before ready and hardens every web contents', async () => {
    await import('../../electron/main/index');
    expect(electron.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(electron.module.protocol.handle).not.toHaveBeenCalled();
    // Electron forks utility processes only once the app is ready.
    expect(electron.module.utilityProcess.fork).not.toHaveBeenCalled();

    // A new web contents, as Electron announces it: navigation away, new windows and <webview> are refused.
    const listeners = new Map<string, Listener>();
    const contents = { getURL: () => 'app://renderer/index.html', on: vi.fn((name: string, listener: Listener) => { listeners.set(name, listener); }), setWindowOpenHandler: vi.fn() };
    electron.appListeners.get('web-contents-created')!({}, contents);
    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() };
      listeners.get('will-navigate')!(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('https://example.com/')).toBe(true);
    expect(navigate('app://renderer.attacker.com/index.html')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://renderer/index.html#/plan')).toBe(false);
    const openHandler = contents.setWindowOpenHandler.mock.calls[0][0] as (details: { url: string }) => { action: string };
    expect(openHandler({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'app://renderer/index.html' })).toEqual({ action: 'deny' });
    const attach = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')!(attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('on ready: grants full screen to the app’s own page only, and denies every other permission', async () => {
    await startApp();
    const { setPermissionRequestHandler, setPermissionCheckHandler } = electron.module.session.defaultSession;
    const request = setPermissionRequestHandler.mock.calls[0][0] as (
      contents: unknown, permission: string, callback: (granted: boolean) => void, details: { isMainFrame: boolean; requestingUrl: string }) => void;
    const asked = (permission: string, requestingUrl: string, isMainFrame = true): boolean => {
      let granted: boolean | undefined;
      request({}, permission, (g) => { granted = g; }, { isMainFrame, requestingUrl });
      if (granted === undefined) throw new Error(`no answer for ${permission}`);
      return granted;
    };
    expect(asked('fullscreen', 'app://renderer/index.html')).toBe(true);
    expect(asked('fullscreen', 'app://renderer/index.html', false)).toBe(false);
    expect(asked('fullscreen', 'https://example.com/')).toBe(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(asked(permission, 'app://renderer/index.html'), permission).toBe(false);
    }
    const check = setPermissionCheckHandler.mock.calls[0][0] as (contents: unknown, permission: string, origin: string) => boolean;
    expect(check({}, 'fullscreen', 'app://renderer')).toBe(true);
    expect(check({}, 'fullscreen', 'https://example.com')).toBe(false);
    expect(check({}, 'media', 'app://renderer')).toBe(false);
  });

  it('on ready: sets the permission handlers, serves the renderer, opens the demo file, registers IPC and the menu', async () => {
    await startApp();
    expect(electron.module.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.module.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(electron.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    // One channel per contract call, and the app page's request to connect to a server (shared/desktop.ts).
    expect(electron.module.ipcMain.handle).toHaveBeenCalledTimes(CALL_NAMES.length + 1);
    expect(electron.module.ipcMain.handle).toHaveBeenCalledWith(DESKTOP_CONNECT_CHANNEL, expect.any(Function));
    const [win] = electron.windows;
    expect(win.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true } });
    expect((win.options as { webPreferences: { preload: string } }).webPreferences.preload).toMatch(/preload[\\/]index\.cjs$/);
    expect(win.loadURL).toHaveBeenCalledWith('app://renderer/index.html');
    const template = electron.module.Menu.setApplicationMenu.mock.calls[0][0] as Array<{ label: string }>;
    expect(template.map((m) => m.label)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Hjälp']);
    // Opened the demo file, so a call reaches the services.
    const getAppInfo = electron.module.ipcMain.handle.mock.calls.find(([channel]) => channel === 'api:getAppInfo')?.[1] as
      (event: unknown, input: unknown) => Promise<{ ok: boolean; value?: { fileName: string } }>;
    const result = await getAppInfo({ senderFrame: { url: 'app://renderer/index.html', parent: null } }, {});
    expect(result).toMatchObject({ ok: true, value: { fileName: 'Planuppföljning-demo.sqlite' } });
  });

  it('shows the window when ready and remembers its bounds on close', async () => {
    await startApp();
    const [win] = electron.windows;
    win.listeners.get('ready-to-show')?.();
    expect(win.show).toHaveBeenCalled();
    win.listeners.get('close')?.();
    const saved = JSON.parse(readFileSync(join(electron.paths.userData, SETTINGS_FILE_NAME), 'utf8'));
    expect(saved.windowBounds).toEqual({ x: 5, y: 6, width: 1100, height: 700 });
  });

  it('Visa → Presentationsläge switches the window’s page to presentation mode', async () => {
    await startApp();
    const template = electron.module.Menu.setApplicationMenu.mock.calls[0][0] as Array<{ label: string; submenu: Array<{ label?: string; click?: () => void }> }>;
    template.find((m) => m.label === 'Visa')!.submenu.find((i) => i.label === 'Presentationsläge')!.click!();
    const win = electron.windows[0] as unknown as { webContents: { executeJavaScript: ReturnType<typeof vi.fn> } };
    expect(win.webContents.executeJavaScript).toHaveBeenCalledWith("window.location.hash = '#/presentation'", true);
  });

  it('focuses the existing window when a second instance starts', async () => {
    await startApp();
    electron.appListeners.get('second-instance')?.({}, ['planuppfoljning'], '/');
    expect(electron.windows[0].focus).toHaveBeenCalled();
    expect(electron.windows[0].webContents.reload).not.toHaveBeenCalled();
  });

  it('opens a plan file that a second start was given (a double-click while the app runs)', async () => {
    const planPath = join(tempDir(), 'Åsbacka.planfil');
    createPlanFile(planPath).db.close();
    await startApp();
    electron.appListeners.get('second-instance')?.({}, ['planuppfoljning', 'Åsbacka.planfil'], dirname(planPath));
    await vi.waitFor(() => expect(electron.windows[0].webContents.reload).toHaveBeenCalled());
    const saved = JSON.parse(readFileSync(join(electron.paths.userData, SETTINGS_FILE_NAME), 'utf8'));
    expect(saved.lastFile).toBe(planPath);
  });

  it('opens the plan file given on the command line instead of the last one, and remembers it', async () => {
    const planPath = join(tempDir(), 'Åsbacka.planfil');
    createPlanFile(planPath).db.close();
    const argv = process.argv;
    process.argv = ['planuppfoljning', planPath];
    try {
      await startApp();
    } finally {
      process.argv = argv;
    }
    const saved = JSON.parse(readFileSync(join(electron.paths.userData, SETTINGS_FILE_NAME), 'utf8'));
    expect(saved.lastFile).toBe(planPath);
    expect(saved.recentFiles[0]).toBe(planPath);
  });

  it('survives an error nobody caught: logs it, tells the user in Swedish once, and keeps the file open', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await startApp();
    const uncaught = installedHandler('uncaughtException');
    uncaught(new Error('ENOSPC: no space left on device, write'));
    installedHandler('unhandledRejection')(new Error('again'));
    expect(log).toHaveBeenCalledTimes(2);
    expect(electron.module.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(electron.module.dialog.showMessageBox).toHaveBeenCalledWith(electron.windows[0], expect.objectContaining({
      type: 'error', message: expect.stringMatching(/^Ett oväntat fel inträffade i programmet\. Planfilen är fortfarande öppen och allt som har sparats finns kvar\./),
    }));
    const getAppInfo = electron.module.ipcMain.handle.mock.calls.find(([channel]) => channel === 'api:getAppInfo')?.[1] as
      (event: unknown, input: unknown) => Promise<{ ok: boolean; value?: { fileName: string; alert: { kind: string } | null } }>;
    const result = await getAppInfo({ senderFrame: { url: 'app://renderer/index.html', parent: null } }, {});
    expect(result).toMatchObject({ ok: true, value: { fileName: 'Planuppföljning-demo.sqlite', alert: { kind: 'unexpected' } } });
    log.mockRestore();
  });

  it('quits when all windows are closed', async () => {
    await startApp();
    electron.appListeners.get('window-all-closed')?.();
    expect(app.quit).toHaveBeenCalled();
  });

  it('ignores ELECTRON_RENDERER_URL in the packaged app', async () => {
    app.isPackaged = true;
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    await startApp();
    expect(process.env.ELECTRON_RENDERER_URL).toBeUndefined();
    expect(electron.windows[0].loadURL).toHaveBeenCalledWith('app://renderer/index.html');
  });

  it('loads the dev server in development', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    await startApp();
    expect(electron.windows[0].loadURL).toHaveBeenCalledWith('http://localhost:5173');
  });

  it('runs the services in a utility process forked from the built host, and relays calls to it', async () => {
    await startApp();
    expect(electron.module.utilityProcess.fork).toHaveBeenCalledTimes(1);
    expect(electron.module.utilityProcess.fork.mock.calls[0][0]).toMatch(/main[\\/]host\.js$/);
    const result = await ipcHandler('listPlans')(APP_FRAME, {});
    expect(result).toMatchObject({ ok: true });
    expect(posted).toContainEqual(expect.objectContaining({ type: 'call', name: 'listPlans' }));
  });

  it('checks the sender in the main process: a foreign frame never reaches the host', async () => {
    await startApp();
    const before = posted.length;
    const result = await ipcHandler('createPlan')({ senderFrame: { url: 'https://evil.example/', parent: null } }, { name: 'Ond' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
    expect(posted.length).toBe(before);
  });

  it('restarts a killed host, reopens the same file and says so in the file’s alert', async () => {
    await startApp();
    const written = await ipcHandler('createPlan')(APP_FRAME, { name: 'Före kraschen' });
    expect(written.ok).toBe(true);
    const first = hosts[0];
    first.kill('SIGKILL');
    await vi.waitFor(() => expect(electron.module.utilityProcess.fork).toHaveBeenCalledTimes(2), { timeout: 10_000 });
    const info = await ipcHandler('getAppInfo')(APP_FRAME, {});
    expect(info).toMatchObject({ ok: true, value: { fileName: 'Planuppföljning-demo.sqlite', readOnly: false, alert: { kind: 'unexpected', message: HOST_RESTARTED_MESSAGE } } });
    const plans = await ipcHandler('listPlans')(APP_FRAME, {});
    expect((plans.value as { name: string }[]).map((p) => p.name)).toContain('Före kraschen');
  });

  it('serves the host’s platform calls in the main process: the save dialog, and the file written where chosen', async () => {
    await startApp();
    const target = join(electron.paths.documents, 'Mall.xlsx');
    electron.module.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target } as never);
    const result = await ipcHandler('savePlanImportTemplate')(APP_FRAME, {});
    expect(result).toEqual({ ok: true, value: { kind: 'saved', path: target } });
    expect(posted).toContainEqual(expect.objectContaining({ type: 'platformAnswer', ok: true }));
    expect(existsSync(target)).toBe(true);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe('PK');
  });
});
