import type { Platform } from '../services/platform';
import { printHtmlToPdf } from './chromiumPdf';
import { rasterizeSvgInChromium } from './chromiumRaster';

/** Browser mode and the CLI: PDFs and charts from Debian's Chromium; exported files go back to the page as downloads. */
export const browserPlatform: Platform = {
  printToPdf: (html, options) => printHtmlToPdf(html, options),
  rasterizeSvg: (svg, width, height) => rasterizeSvgInChromium(svg, width, height),
  deliverFile: async (file) => ({
    kind: 'download', fileName: file.fileName, mimeType: file.mimeType, base64: Buffer.from(file.bytes).toString('base64'),
  }),
  deliverFiles: async (files) => ({
    kind: 'download',
    files: files.map((file) => ({ fileName: file.fileName, mimeType: file.mimeType, base64: Buffer.from(file.bytes).toString('base64') })),
  }),
};
