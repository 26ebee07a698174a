import { dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import { extname } from 'node:path';
import { ASSOCIATED_EXTENSION, PLAN_FILE_EXTENSIONS } from './planFileArgument';

/**
 * Where a restored backup goes in Electron: a save dialog suggesting "<namn> (återställd …).planfil"
 * beside the open file. Saving over an existing file is refused later (RotatingBackups.restore).
 */
export function askRestoreTarget(window: () => BrowserWindow | null): (suggestedPath: string) => Promise<string | null> {
  return async (suggestedPath) => {
    const options: SaveDialogOptions = {
      title: 'Spara den återställda planfilen',
      buttonLabel: 'Återställ hit',
      defaultPath: suggestedPath,
      filters: [{ name: 'Planfil', extensions: [...PLAN_FILE_EXTENSIONS] }],
    };
    const win = window();
    const result = await (win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options));
    if (result.canceled || !result.filePath) return null;
    // Linux dialogs do not add the filter's extension; the file should still look like a plan file.
    return extname(result.filePath) === '' ? `${result.filePath}.${ASSOCIATED_EXTENSION}` : result.filePath;
  };
}
