import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  dialog: {
    showOpenDialog: vi.fn(),
    showSaveDialog: vi.fn(),
    showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
  },
}));
vi.mock('electron', () => electron);

import { createFileActions, showStartupProblem } from '../../electron/main/fileActions';
import { FileSession } from '../../electron/main/fileSession';
import { localFileControl } from '../../electron/host/fileControl';
import { SettingsFile } from '../../electron/main/settings';
import { createPlanFile } from '../../electron/services/db/openPlanFile';
import { createDemoFile } from '../../electron/services/demo/createDemoFile';
import { corruptMiddlePage } from '../helpers/corruptPage';
import { sha256, useTempDirs } from './helpers';

const tempDir = useTempDirs();

let dir: string;
let planPath: string;
let files: FileSession;
let settings: SettingsFile;
let win: { webContents: { reload: ReturnType<typeof vi.fn> } };
let onFileChanged: ReturnType<typeof vi.fn<() => void>>;

function actions() {
  return createFileActions({
    appVersion: '1.2.3',
    window: () => win as never,
    files: localFileControl(files),
    settings,
    documentsDir: () => dir,
    onFileChanged,
  });
}

function lastMessage() {
  return electron.dialog.showMessageBox.mock.calls.at(-1)?.at(-1) as { type: string; message: string; detail?: string } | undefined;
}

beforeEach(() => {
  vi.clearAllMocks();
  dir = tempDir();
  planPath = join(dir, 'plan.sqlite');
  createPlanFile(planPath).db.close();
  files = new FileSession('1.2.3');
  files.open(planPath);
  settings = new SettingsFile(join(dir, 'userData'));
  win = { webContents: { reload: vi.fn() } };
  onFileChanged = vi.fn<() => void>();
});

afterEach(() => files.close());

describe('Öppna…', () => {
  it('opens the chosen file, remembers it and reloads the renderer', async () => {
    const other = join(dir, 'annan.sqlite');
    createPlanFile(other).db.close();
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [other] });
    actions().openFile();
    await vi.waitFor(() => expect(win.webContents.reload).toHaveBeenCalled());
    expect(electron.dialog.showOpenDialog.mock.calls[0][1]).toMatchObject({
      title: 'Öppna planfil',
      filters: [{ name: 'Planfil', extensions: ['planfil', 'sqlite', 'db'] }],
    });
    expect(files.info().filePath).toBe(other);
    expect(settings.current).toMatchObject({ lastFile: other, recentFiles: [other] });
    expect(onFileChanged).toHaveBeenCalled();
  });

  it('shows the Swedish refusal, keeps the current file and leaves the refused one untouched', async () => {
    const picture = join(dir, 'bild.png');
    writeFileSync(picture, Buffer.from('\x89PNG\r\n\x1a\n not a database', 'latin1'));
    const before = sha256(picture);
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [picture] });
    actions().openFile();
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalled());
    expect(lastMessage()).toEqual({
      type: 'warning',
      title: 'Planuppföljning',
      message: '”bild.png” kan inte öppnas: det är inte en planfil (filen är inte en SQLite-databas). Filen har inte ändrats.',
    });
    expect(files.info().filePath).toBe(planPath);
    expect(win.webContents.reload).not.toHaveBeenCalled();
    expect(settings.current.recentFiles).toEqual([]);
    expect(sha256(picture)).toBe(before);
  });

  it('does nothing when the dialog is cancelled', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    // The action's promise settles once its dialogs are done: nothing can happen after it.
    await actions().openFile();
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledOnce();
    expect(files.info().filePath).toBe(planPath);
    expect(win.webContents.reload).not.toHaveBeenCalled();
    expect(onFileChanged).not.toHaveBeenCalled();
    expect(settings.current.recentFiles).toEqual([]);
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
  });
});

describe('Ny planfil…', () => {
  it('creates the file, adding .planfil (the extension the installers associate) when the name has no extension', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'Ny plan') });
    actions().newFile();
    await vi.waitFor(() => expect(win.webContents.reload).toHaveBeenCalled());
    expect(files.info().filePath).toBe(join(dir, 'Ny plan.planfil'));
    expect(settings.current.lastFile).toBe(join(dir, 'Ny plan.planfil'));
  });

  it('refuses to overwrite an existing file', async () => {
    const before = sha256(planPath);
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: planPath });
    files.close();
    actions().newFile();
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalled());
    expect(lastMessage()?.message).toBe('”plan.sqlite” finns redan. Välj ett annat namn; befintliga filer skrivs aldrig över.');
    expect(sha256(planPath)).toBe(before);
  });
});

describe('Spara kopia som…', () => {
  it('writes a copy beside the open file and keeps working on the original', async () => {
    const target = join(dir, 'kopia.sqlite');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    actions().saveCopy();
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalled());
    expect(electron.dialog.showSaveDialog.mock.calls[0][1]).toMatchObject({ title: 'Spara kopia som', defaultPath: join(dir, 'plan kopia.sqlite') });
    expect(existsSync(target)).toBe(true);
    expect(lastMessage()).toMatchObject({ type: 'info', message: 'Kopian är sparad.' });
    expect(files.info().filePath).toBe(planPath);
    expect(win.webContents.reload).not.toHaveBeenCalled();
  });
});

describe('Om Planuppföljning', () => {
  it('shows the version and the open file', async () => {
    actions().about();
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalled());
    expect(lastMessage()?.detail).toBe(`Version 1.2.3\nÖppen fil: ${planPath}`);
  });
});

describe('Öppna… a damaged plan file', () => {
  it('opens it read-only, then says so in a warning, and the file is unchanged', async () => {
    const damaged = join(dir, 'skadad.sqlite');
    createDemoFile(damaged).db.close();
    corruptMiddlePage(damaged);
    const before = sha256(damaged);
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [damaged] });
    actions().openFile();
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalled());
    expect(win.webContents.reload).toHaveBeenCalled();
    expect(lastMessage()).toMatchObject({ type: 'warning', message: expect.stringMatching(/^”skadad\.sqlite” är skadad: .* Den är öppnad skrivskyddad\./) });
    expect(files.info()).toMatchObject({ filePath: damaged, readOnly: true, integrity: { state: 'damaged' } });
    expect(sha256(damaged)).toBe(before);
  });
});

describe('showStartupProblem', () => {
  it('says why the last file was refused and that the demo file is open instead', async () => {
    await showStartupProblem(null, { message: '”x.sqlite” kan inte öppnas: filen finns inte. Filen har inte ändrats.', openedPath: '/u/demo.sqlite' });
    expect(lastMessage()).toMatchObject({ type: 'warning', detail: 'Exempelfilen är öppen i stället: /u/demo.sqlite' });
  });

  it('says the open file is read-only when the message is about it (damaged, or open elsewhere)', async () => {
    await showStartupProblem(null, { message: '”plan.sqlite” är skadad: …', openedPath: '/u/plan.sqlite', aboutOpenFile: true });
    expect(lastMessage()).toMatchObject({ type: 'warning', message: '”plan.sqlite” är skadad: …', detail: 'Filen är öppnad skrivskyddad: /u/plan.sqlite' });
  });

  it('stays silent when nothing went wrong', async () => {
    await showStartupProblem(null, { message: null, openedPath: '/u/plan.sqlite' });
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
  });
});
