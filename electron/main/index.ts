import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { createElectronPlatform } from './electronPlatform';
import { createFileActions, showStartupProblem } from './fileActions';
import { ServiceHostClient } from '../host/hostClient';
import { forkUtilityHost } from './utilityHost';
import { registerIpc } from './ipc';
import { planFileFromArgs } from './planFileArgument';
import { backupRootIn } from '../services/backup/backupRoot';
import { UNEXPECTED_MESSAGE } from '../services/db/writeAlerts';
import { installLastResort } from '../services/lastResort';
import { askRestoreTarget } from './restoreTarget';
import { showRestoreDialog } from './restoreMenu';
import { buildMenuTemplate } from './menu';
import { createTemplateAction } from './templateAction';
import { showPresentation } from './presentation';
import { APP_ORIGIN, hardenWebContents, restrictPermissions } from './security';
import { rememberFile, SettingsFile } from './settings';
import { createServerWindow } from './serverWindow';
import { registerDesktopIpc } from './desktopIpc';
import { askBeforeLosingChanges } from './unsavedChanges';
import { createWindowOptions, visibleBounds } from './windowOptions';

// Built to out/main/index.js; the preload and the renderer are built beside it.
const outDir = fileURLToPath(new URL('..', import.meta.url));
const PRELOAD_PATH = join(outDir, 'preload', 'index.cjs');
const RENDERER_DIR = join(outDir, 'renderer');
// The service host (electron/host/index.ts), built beside this file.
const HOST_ENTRY = join(outDir, 'main', 'host.js');

// The dev server is trusted only in development: a stray variable must not widen trust later.
if (app.isPackaged) delete process.env.ELECTRON_RENDERER_URL;

if (!app.requestSingleInstanceLock()) {
  // A second start hands over to the running window (see 'second-instance') and ends here.
  app.quit();
} else {
  start();
}

function start(): void {
  registerAppScheme();
  const settings = new SettingsFile(app.getPath('userData'));
  let win: BrowserWindow | null = null;
  const platform = createElectronPlatform(() => win, () => app.getPath('documents'));
  // The plan file and the services live in the service host; this process keeps the window,
  // menus and dialogs, and serves the host's platform requests. Automatic backups in userData;
  // a restored backup becomes a new file chosen in a save dialog.
  const files = new ServiceHostClient({
    spawn: () => forkUtilityHost(HOST_ENTRY),
    configure: { appVersion: app.getVersion(), today: null, backups: { root: backupRootIn(app.getPath('userData')), asksForTarget: true } },
    platform,
    chooseRestoreTarget: askRestoreTarget(() => win),
    onFileSwitched: (path) => {
      if (path !== null) settings.update((s) => rememberFile(s, path));
      setMenu();
    },
    // The file's alert says it in the window (HOST_RESTARTED_MESSAGE); a file that would not reopen is said here.
    onRestarted: (path, problem) => {
      if (problem === null) return;
      const options = { type: 'warning' as const, title: 'Planuppföljning', message: problem, detail: path ?? undefined };
      void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options)).catch(() => undefined);
    },
  });

  // An error nobody caught is logged and shown; the app and its open file stay (not Electron's English stack dialog).
  installLastResort(process, {
    log: (error) => console.error('[main] unexpected error', error),
    tell: () => {
      void files.reportUnexpected().catch(() => undefined);
      const options = { type: 'error' as const, title: 'Planuppföljning', message: UNEXPECTED_MESSAGE };
      void (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options)).catch(() => undefined);
    },
  });

  const appUrl = process.env.ELECTRON_RENDERER_URL ?? `${APP_ORIGIN}/index.html`;
  const servers = createServerWindow({ window: () => win, appUrl, settings, onChange: () => setMenu() });

  const actions = {
    ...createFileActions({
      appVersion: app.getVersion(),
      window: () => win,
      files,
      settings,
      documentsDir: () => app.getPath('documents'),
      onFileChanged: () => setMenu(),
    }),
    quit: () => app.quit(),
    presentation: () => showPresentation(win?.webContents),
    saveTemplate: createTemplateAction((name, input) => files.call(name, input), () => win),
    restoreBackup: () => showRestoreDialog(win?.webContents),
    connectServer: () => void servers.showConnectDialog(),
    openServer: (url: string) => {
      const result = servers.connect(url);
      if (!result.ok && win) void dialog.showMessageBox(win, { type: 'warning', title: 'Planuppföljning', message: result.message }).catch(() => undefined);
    },
    disconnectServer: () => void servers.disconnect(),
  };

  function setMenu(): void {
    const template = buildMenuTemplate(actions, settings.current.recentFiles, {
      showDevTools: !app.isPackaged, recentServers: settings.current.recentServers, connectedServer: servers.connectedHost(),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  function createWindow(): BrowserWindow {
    const workAreas = screen.getAllDisplays().map((display) => display.workArea);
    const window = new BrowserWindow(createWindowOptions(PRELOAD_PATH, visibleBounds(settings.current.windowBounds, workAreas)));
    window.once('ready-to-show', () => window.show());
    askBeforeLosingChanges(window);
    window.on('close', () => settings.update((s) => ({ ...s, windowBounds: window.getNormalBounds() })));
    window.on('closed', () => { win = null; });
    servers.attach(window);
    void window.loadURL(appUrl);
    return window;
  }

  // A plan file double-clicked in the file manager: an argument on Windows and Linux, 'open-file' on macOS.
  let requested = planFileFromArgs(process.argv, process.cwd());
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (app.isReady()) actions.openRecent(path);
    else requested = path;
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = planFileFromArgs(argv, workingDirectory);
    if (path !== null) actions.openRecent(path);
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  // The host closes the file (giving its lock back) before the app ends.
  let hostStopped = false;
  app.on('will-quit', (event) => {
    if (hostStopped) return;
    event.preventDefault();
    hostStopped = true;
    void files.stop().finally(() => app.quit());
  });

  void app.whenReady().then(async () => {
    restrictPermissions(session.defaultSession);
    serveRenderer(RENDERER_DIR);
    // A requested file is opened as if it were the last one; refused, it is explained like one.
    const startFile = requested;
    const initial = await files.openInitial(startFile === null ? settings.current : { ...settings.current, lastFile: startFile }, app.getPath('userData'));
    if (startFile !== null && initial.openedPath === startFile) settings.update((s) => rememberFile(s, startFile));
    registerIpc(ipcMain, (name, input) => files.call(name, input));
    registerDesktopIpc(ipcMain, servers);
    win = createWindow();
    setMenu();
    await showStartupProblem(win, initial);
  });
}
