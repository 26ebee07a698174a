import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PDFDocument } from '@cantoo/pdf-lib';
import { tempDir } from '../helpers/planFile';

// A real (tiny) PDF with a title, as Chromium's would have: the platform adds the XMP metadata to it.
async function chromiumLikePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  doc.setTitle('Rapport');
  return doc.save();
}
const printToPDF = vi.fn(chromiumLikePdf);
const loadURL = vi.fn(async () => undefined);
const destroy = vi.fn();
const showSaveDialog = vi.fn();
const windows: { options: unknown }[] = [];

vi.mock('electron', () => ({
  BrowserWindow: vi.fn(function (this: unknown, options: unknown) {
    windows.push({ options });
    return { loadURL, destroy, webContents: { printToPDF } };
  }),
  dialog: { showSaveDialog: (...args: unknown[]) => showSaveDialog(...args) },
}));

const { createElectronPlatform } = await import('../../electron/main/electronPlatform');

beforeEach(() => {
  vi.clearAllMocks();
  windows.length = 0;
});

describe('the Electron platform', () => {
  it('prints in a hidden, sandboxed window without JavaScript, as a tagged PDF, and closes it', async () => {
    const platform = createElectronPlatform(() => null, () => '/tmp');
    const pdf = Buffer.from(await platform.printToPdf('<html lang="sv"><body><h1>Rapport</h1></body></html>')).toString('latin1');
    expect(windows[0].options).toMatchObject({ show: false, webPreferences: { sandbox: true, javascript: false, nodeIntegration: false } });
    expect(printToPDF).toHaveBeenCalledWith(expect.objectContaining({ generateTaggedPDF: true, generateDocumentOutline: true }));
    expect(destroy).toHaveBeenCalled();
    // The same accessibility metadata as browser mode's print (electron/services/pdf/accessiblePdf.ts).
    expect(pdf).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(pdf).toMatch(/\/Lang \(sv-SE\)/);
  });

  it('saves where the user chooses, and nothing when the user cancels', async () => {
    const dir = tempDir();
    const platform = createElectronPlatform(() => null, () => dir);
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'rapport.docx') });
    const saved = await platform.deliverFile({ fileName: 'rapport.docx', mimeType: 'x', bytes: new Uint8Array([1, 2, 3]) });
    expect(saved).toEqual({ kind: 'saved', path: join(dir, 'rapport.docx') });
    expect([...readFileSync(join(dir, 'rapport.docx'))]).toEqual([1, 2, 3]);
    expect(readdirSync(dir)).toEqual(['rapport.docx']);

    showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: undefined });
    expect(await platform.deliverFile({ fileName: 'b.pdf', mimeType: 'x', bytes: new Uint8Array([1]) })).toEqual({ kind: 'cancelled' });
    expect(existsSync(join(dir, 'b.pdf'))).toBe(false);
  });

  it('leaves no partial file when the write fails', async () => {
    const dir = tempDir();
    const platform = createElectronPlatform(() => null, () => dir);
    showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(dir, 'saknas', 'rapport.pdf') });
    await expect(platform.deliverFile({ fileName: 'rapport.pdf', mimeType: 'x', bytes: new Uint8Array([1]) })).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
  });
});
