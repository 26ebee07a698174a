import { dialog, type BrowserWindow, type MessageBoxOptions, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { basename, dirname, extname, join } from 'node:path';
import { AppError } from '@shared/errors';
import { isExplained, toAppError } from '../services/api/systemErrors';
import { FileInUseError } from '../services/db/fileLock';
import { ASSOCIATED_EXTENSION, PLAN_FILE_EXTENSIONS } from './planFileArgument';
import type { InitialFile } from './fileSession';
import type { FileControl } from '../host/fileControl';
import { rememberFile, type SettingsFile } from './settings';

const TITLE = 'Planuppföljning';
const PLAN_FILTERS = [{ name: 'Planfil', extensions: [...PLAN_FILE_EXTENSIONS] }];

export interface FileActionDeps {
  appVersion: string;
  window: () => BrowserWindow | null;
  /** The open file, in the service host: every action is a message. */
  files: FileControl;
  settings: SettingsFile;
  /** Where "Ny planfil…" suggests saving when no file is open (the user's Documents). */
  documentsDir: () => string;
  /** Called after the open file changed, e.g. to rebuild the recent-files menu. */
  onFileChanged: () => void;
}

/**
 * The Arkiv menu's actions. Each returns a promise that settles when its dialogs are done and
 * never rejects: the menu does not wait for it, tests do.
 */
export type FileActions = { [K in 'newFile' | 'openFile' | 'saveCopy' | 'about']: () => Promise<void> } & { openRecent: (path: string) => Promise<void> };

/** The Arkiv menu's dialogs and the about box; decisions about files stay in FileSession. */
export function createFileActions(deps: FileActionDeps): FileActions {
  const { files, settings } = deps;

  async function message(options: MessageBoxOptions): Promise<void> {
    const win = deps.window();
    await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
  }

  async function pickOpen(options: OpenDialogOptions): Promise<string | null> {
    const win = deps.window();
    const result = await (win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options));
    return result.canceled ? null : result.filePaths[0] ?? null;
  }

  async function pickSave(options: SaveDialogOptions): Promise<string | null> {
    const win = deps.window();
    const result = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
    if (result.canceled || !result.filePath) return null;
    // Linux dialogs do not add the filter's extension; the file should still look like a plan file.
    return extname(result.filePath) === '' ? `${result.filePath}.${ASSOCIATED_EXTENSION}` : result.filePath;
  }

  /** Menu clicks are fire-and-forget: every failure ends in a Swedish dialog, never a stack trace. */
  function guarded(action: () => Promise<void>): () => Promise<void> {
    return () => action().catch(async (error: unknown) => {
      if (!isExplained(error)) console.error('[fileActions]', error);
      const text = toAppError(error).message;
      await message({ type: 'warning', title: TITLE, message: text }).catch(() => undefined);
    });
  }

  /** After a switch the renderer reloads, so every store reads the new file from scratch. */
  async function switched(path: string, backupPath: string | null = null): Promise<void> {
    settings.update((s) => rememberFile(s, path));
    deps.onFileChanged();
    deps.window()?.webContents.reload();
    if (backupPath !== null) {
      await message({
        type: 'info',
        title: TITLE,
        message: 'Planfilen har uppgraderats till den här versionen av Planuppföljning.',
        detail: `En kopia av filen som den var innan finns här:\n${backupPath}`,
      });
    }
  }

  async function openPath(path: string): Promise<void> {
    try {
      const { backupPath, problem } = await files.open(path);
      await switched(path, backupPath);
      // A damaged file is open read-only; the window also says so, with the way to restore.
      if (problem !== null) await message({ type: 'warning', title: TITLE, message: problem });
    } catch (error) {
      if (!(error instanceof FileInUseError) || !(await askReadOnly(error.message))) throw error;
      await files.open(path, { readOnly: true });
      await switched(path);
    }
  }

  /** The file is open for editing on another computer: offer to read it here. */
  async function askReadOnly(text: string): Promise<boolean> {
    const win = deps.window();
    const options: MessageBoxOptions = { type: 'question', title: TITLE, message: text, buttons: ['Öppna skrivskyddad', 'Avbryt'], defaultId: 0, cancelId: 1 };
    const { response } = await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
    return response === 0;
  }

  async function currentDir(): Promise<string> {
    const path = (await files.info())?.filePath;
    return path ? dirname(path) : deps.documentsDir();
  }

  return {
    newFile: guarded(async () => {
      const path = await pickSave({
        title: 'Ny planfil',
        buttonLabel: 'Skapa',
        defaultPath: join(deps.documentsDir(), `Handlingsplan.${ASSOCIATED_EXTENSION}`),
        filters: PLAN_FILTERS,
      });
      if (path === null) return;
      await files.create(path);
      await switched(path);
    }),

    openFile: guarded(async () => {
      const path = await pickOpen({ title: 'Öppna planfil', buttonLabel: 'Öppna', defaultPath: await currentDir(), filters: PLAN_FILTERS, properties: ['openFile'] });
      if (path !== null) await openPath(path);
    }),

    openRecent: (path: string) => guarded(() => openPath(path))(),

    saveCopy: guarded(async () => {
      const info = await files.info();
      if (!info) throw new AppError('conflict', 'Ingen planfil är öppen.');
      const suggested = `${basename(info.fileName, extname(info.fileName))} kopia${extname(info.fileName) || `.${ASSOCIATED_EXTENSION}`}`;
      const target = await pickSave({ title: 'Spara kopia som', buttonLabel: 'Spara', defaultPath: join(dirname(info.filePath), suggested), filters: PLAN_FILTERS });
      if (target === null) return;
      await files.saveCopy(target);
      await message({ type: 'info', title: TITLE, message: 'Kopian är sparad.', detail: target });
    }),

    about: guarded(async () => {
      const info = await files.info();
      const fileLine = info ? `Öppen fil: ${info.filePath}${info.readOnly ? ' (skrivskyddad)' : ''}` : 'Ingen planfil är öppen.';
      await message({ type: 'info', title: 'Om Planuppföljning', message: 'Planuppföljning', detail: `Version ${deps.appVersion}\n${fileLine}` });
    }),
  };
}

/** At start, if the last file was refused: say why and what is open instead. */
export async function showStartupProblem(win: BrowserWindow | null, initial: InitialFile): Promise<void> {
  if (initial.message === null) return;
  const options: MessageBoxOptions = {
    type: 'warning',
    title: TITLE,
    message: initial.message,
    detail: initial.openedPath === null ? 'Ingen planfil är öppen. Välj en i menyn Arkiv.'
      : initial.aboutOpenFile ? `Filen är öppnad skrivskyddad: ${initial.openedPath}`
        : `Exempelfilen är öppen i stället: ${initial.openedPath}`,
  };
  await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options));
}
