import { BrowserWindow, dialog } from 'electron';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { DeliveredFile, ExportedFile, Platform } from '../services/platform';

/**
 * Electron: reports are printed by a hidden window with JavaScript off (the report HTML is static
 * and self-contained), and saved where the user chooses.
 */
async function printToPdf(html: string, options: { landscape?: boolean } = {}): Promise<Uint8Array> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false },
  });
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await win.webContents.printToPDF({
      printBackground: true,
      preferCSSPageSize: true,
      landscape: options.landscape === true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
  } finally {
    win.destroy();
  }
}

/** Written beside the target first and renamed, so a failed write never leaves half a file. */
function writeAtomically(path: string, bytes: Uint8Array): void {
  const temp = `${path}.skrivs`;
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

export function createElectronPlatform(window: () => BrowserWindow | null, documentsDir: () => string): Platform {
  return {
    printToPdf,
    async deliverFile(file: ExportedFile): Promise<DeliveredFile> {
      const extension = extname(file.fileName).slice(1);
      const parent = window();
      const options = {
        title: 'Spara som',
        defaultPath: `${documentsDir()}/${file.fileName}`,
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
      };
      const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { kind: 'cancelled' };
      writeAtomically(choice.filePath, file.bytes);
      return { kind: 'saved', path: choice.filePath };
    },
  };
}
