import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SHOW_RESTORE_SCRIPT } from '../../electron/main/restoreMenu';
import { SETTINGS_FILE_NAME } from '../../electron/main/settings';
import { BACKUP_FOLDER } from '../../electron/services/backup/backupRoot';
import { RESTORE_BACKUP_EVENT, type BackupList } from '@shared/domain/backup';
import type { Result } from '@shared/errors';
import { ipcEvent, useTempDirs } from './helpers';
import { utilityProcessDouble } from './utilityProcessDouble';

type Listener = (...args: unknown[]) => void;
type MenuItem = { label?: string; click?: () => void; submenu?: MenuItem[] };

/** Just enough of Electron for index.ts (as in mainIndex.test.ts), with the save dialog under the test's control. */
const electron = vi.hoisted(() => {
  const appListeners = new Map<string, Listener>();
  const windows: Array<{ webContents: { executeJavaScript: ReturnType<typeof vi.fn> } }> = [];
  let resolveReady: () => void = () => undefined;
  class BrowserWindow {
    webContents = { reload: vi.fn(), on: vi.fn(), executeJavaScript: vi.fn(async () => undefined) };
    constructor() { windows.push(this); }
    on() { return this; }
    once() { return this; }
    loadURL = vi.fn(async () => undefined);
    getNormalBounds = () => ({ x: 0, y: 0, width: 800, height: 600 });
  }
  return {
    appListeners,
    windows,
    ready: () => resolveReady(),
    paths: { userData: '', documents: '' },
    module: {
      app: {
        isPackaged: false,
        requestSingleInstanceLock: () => true,
        quit: vi.fn(),
        getVersion: () => '1.2.3',
        getPath: (name: 'userData' | 'documents') => electron.paths[name],
        on: (name: string, listener: Listener) => { appListeners.set(name, listener); },
        whenReady: () => new Promise<void>((resolve) => { resolveReady = resolve; }),
      },
      BrowserWindow,
      ipcMain: { handle: vi.fn() },
      Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: vi.fn() },
      screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
      session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      dialog: {
        showMessageBox: vi.fn(async () => ({ response: 0 })),
        showOpenDialog: vi.fn(),
        showSaveDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath?: string }>>(),
      },
      utilityProcess: { fork: vi.fn() },
    },
  };
});
vi.mock('electron', () => electron.module);

const tempDir = useTempDirs();
const APP_FRAME = ipcEvent('app://renderer/index.html');
const { forkHost, quit } = utilityProcessDouble();

beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  electron.appListeners.clear();
  electron.windows.length = 0;
  electron.paths.userData = tempDir();
  electron.paths.documents = tempDir();
  electron.module.utilityProcess.fork.mockImplementation(forkHost);
});

afterEach(async () => {
  await quit(electron.appListeners.get('will-quit'));
});

async function startApp(): Promise<void> {
  await import('../../electron/main/index');
  electron.ready();
  // The host is a real process that creates the demo file: give it time on a busy machine.
  await vi.waitFor(() => expect(electron.module.Menu.setApplicationMenu).toHaveBeenCalled(), { timeout: 20_000 });
}

function call<T>(name: string, input: unknown): Promise<Result<T>> {
  const handler = electron.module.ipcMain.handle.mock.calls.find(([channel]) => channel === `api:${name}`)?.[1] as
    (event: unknown, input: unknown) => Promise<Result<T>>;
  return handler(APP_FRAME, input);
}

function arkiv(): MenuItem[] {
  const calls = electron.module.Menu.setApplicationMenu.mock.calls;
  const template = calls[calls.length - 1][0] as MenuItem[];
  return template.find((m) => m.label === 'Arkiv')!.submenu!;
}

function backupFiles(): string[] {
  const root = join(electron.paths.userData, BACKUP_FOLDER);
  return existsSync(root) ? readdirSync(root, { recursive: true }).map(String).filter((p) => p.endsWith('.sqlite')) : [];
}

describe('backups in the Electron main process', () => {
  it('backs up the file opened at start into userData/Säkerhetskopior', async () => {
    await startApp();
    await vi.waitFor(() => expect(backupFiles()).toHaveLength(1), { timeout: 10_000 });
    expect(backupFiles()[0]).toMatch(/^Planuppföljning-demo-[0-9a-f]{8}[\\/]\d{4}-\d\d-\d\dT[\d-]+Z\.sqlite$/);
  });

  it('Arkiv → Återställ från säkerhetskopia… opens the renderer’s restore dialog', async () => {
    await startApp();
    const labels = arkiv().map((i) => i.label);
    expect(labels.indexOf('Återställ från säkerhetskopia…')).toBe(labels.indexOf('Spara kopia som…') + 1);
    arkiv().find((i) => i.label === 'Återställ från säkerhetskopia…')!.click!();
    expect(electron.windows[0].webContents.executeJavaScript).toHaveBeenCalledWith(SHOW_RESTORE_SCRIPT, true);
    expect(SHOW_RESTORE_SCRIPT).toBe(`window.dispatchEvent(new Event('${RESTORE_BACKUP_EVENT}'))`);
  });

  it('restores where the save dialog says, switches to the new file and remembers it; a cancelled dialog changes nothing', async () => {
    await startApp();
    await vi.waitFor(() => expect(backupFiles()).toHaveLength(1), { timeout: 10_000 });
    const listed = await call<BackupList>('listBackups', {});
    expect(listed).toMatchObject({ ok: true, value: { fileName: 'Planuppföljning-demo.sqlite', asksForTarget: true } });
    const [backup] = (listed as { ok: true; value: BackupList }).value.backups;

    electron.module.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true });
    expect(await call('restoreBackup', { id: backup.id })).toEqual({ ok: true, value: { kind: 'cancelled' } });

    const chosen = join(electron.paths.documents, 'Återställd plan');
    electron.module.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: chosen });
    const restored = await call('restoreBackup', { id: backup.id });
    expect(restored).toEqual({ ok: true, value: { kind: 'restored', fileName: 'Återställd plan.planfil', filePath: `${chosen}.planfil` }, changed: 'everything' });
    const [, options] = electron.module.dialog.showSaveDialog.mock.calls[1] as [unknown, { defaultPath: string }];
    expect(options.defaultPath).toMatch(/Planuppföljning-demo \(återställd \d{4}-\d\d-\d\d \d\d\.\d\d\)\.sqlite$/);

    expect(await call('getAppInfo', {})).toMatchObject({ ok: true, value: { fileName: 'Återställd plan.planfil' } });
    const settings = JSON.parse(readFileSync(join(electron.paths.userData, SETTINGS_FILE_NAME), 'utf8'));
    expect(settings.lastFile).toBe(`${chosen}.planfil`);
    const recent = arkiv().find((i) => i.label === 'Senaste filer')!.submenu!.map((i) => i.label);
    expect(recent[0]).toBe(`${chosen}.planfil`);
  });
});
