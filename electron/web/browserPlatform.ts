import type { Platform } from '../services/platform';
import { printHtmlToPdf } from './chromiumPdf';

/** Browser mode: PDFs from Debian's Chromium; exported files go back to the page as downloads. */
export const browserPlatform: Platform = {
  printToPdf: (html, options) => printHtmlToPdf(html, options),
  deliverFile: async (file) => ({
    kind: 'download', fileName: file.fileName, mimeType: file.mimeType, base64: Buffer.from(file.bytes).toString('base64'),
  }),
};
