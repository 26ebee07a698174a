import { BrowserWindow, dialog } from 'electron';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { DeliveredFile, DeliveredFiles, ExportedFile, Platform } from '../services/platform';
import { writeFilesToFolder } from './folderDelivery';
import { htmlAuthor, withAccessibilityMetadata } from '../services/pdf/accessiblePdf';

/**
 * Electron: reports are printed by a hidden window with JavaScript off (the report HTML is static
 * and self-contained), and saved where the user chooses.
 */
async function printToPdf(html: string, options: { landscape?: boolean } = {}): Promise<Uint8Array> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, disableBlinkFeatures: 'Auxclick' },
  });
  let pdf: Uint8Array;
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    pdf = await win.webContents.printToPDF({
      printBackground: true,
      preferCSSPageSize: true,
      landscape: options.landscape === true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
  } finally {
    win.destroy();
  }
  // XMP with dc:title, dc:language and the PDF/UA identifier, as browser mode's print has (services/pdf/accessiblePdf.ts).
  return withAccessibilityMetadata(pdf, { author: htmlAuthor(html) });
}

/**
 * Charts for the DOCX: the SVG is drawn in a hidden, offscreen window of exactly its size and
 * captured as a PNG. Offscreen rendering paints without the window ever being shown.
 */
async function rasterizeSvg(svg: string, width: number, height: number): Promise<Uint8Array> {
  const win = new BrowserWindow({
    show: false, width, height, useContentSize: true, frame: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, offscreen: true, disableBlinkFeatures: 'Auxclick' },
  });
  try {
    const page = `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;background:#fff}svg{display:block}</style></head><body>${svg}</body></html>`;
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(page)}`);
    const image = await win.webContents.capturePage({ x: 0, y: 0, width, height });
    return new Uint8Array(image.toPNG());
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
    rasterizeSvg,
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
    // One folder for all the files, asked once (one save dialog per nämnd would be sixty dialogs).
    async deliverFiles(files: ExportedFile[]): Promise<DeliveredFiles> {
      const parent = window();
      const options = {
        title: 'Välj mapp att spara filerna i',
        buttonLabel: 'Spara här',
        defaultPath: documentsDir(),
        properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
      };
      const choice = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      const folder = choice.filePaths[0];
      if (choice.canceled || !folder) return { kind: 'cancelled' };
      return { kind: 'saved', folder, paths: writeFilesToFolder(folder, files) };
    },
  };
}
