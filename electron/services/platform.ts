import type { DeliveredFile } from '@shared/domain/deliveredFile';
import type { DeliveredFiles } from '@shared/domain/transfer';

/**
 * What the services need from the program around them, with one implementation per place they
 * run: Electron (electron/main/electronPlatform.ts), browser mode and the CLI
 * (electron/web/browserPlatform.ts), and tests.
 */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** How an exported file reached the user. */
export type { DeliveredFile, DeliveredFiles };

export interface Platform {
  /** Prints a self-contained HTML document to an accessible (tagged) A4 PDF. */
  printToPdf(html: string, options?: { landscape?: boolean }): Promise<Uint8Array>;
  /** Draws an SVG (a report chart) as a PNG of width × height CSS pixels, for the DOCX. */
  rasterizeSvg(svg: string, width: number, height: number): Promise<Uint8Array>;
  /** Hands a file to the user: Electron asks where to save it; browser mode lets the page download it. */
  deliverFile(file: ExportedFile): Promise<DeliveredFile>;
  /**
   * Hands over several files at once (one underlag per nämnd): Electron asks for a folder once,
   * browser mode returns downloads. Optional only so that test doubles written before it still
   * type-check; deliverAll() falls back to one file at a time.
   */
  deliverFiles?(files: ExportedFile[]): Promise<DeliveredFiles>;
}

/** Several files through deliverFiles, or one by one where a platform lacks it. */
export async function deliverAll(platform: Platform, files: ExportedFile[]): Promise<DeliveredFiles> {
  if (platform.deliverFiles) return platform.deliverFiles(files);
  const paths: string[] = [];
  const downloads: Extract<DeliveredFiles, { kind: 'download' }>['files'] = [];
  for (const file of files) {
    const result = await platform.deliverFile(file);
    if (result.kind === 'saved') paths.push(result.path);
    if (result.kind === 'download') downloads.push({ fileName: result.fileName, mimeType: result.mimeType, base64: result.base64 });
  }
  if (downloads.length > 0) return { kind: 'download', files: downloads };
  return paths.length > 0 ? { kind: 'saved', folder: paths[0].replace(/[\\/][^\\/]*$/, ''), paths } : { kind: 'cancelled' };
}

/** For sessions that cannot export (tests that do not need it). */
export const NO_PLATFORM: Platform = {
  printToPdf: () => Promise.reject(new Error('PDF-utskrift finns inte här.')),
  rasterizeSvg: () => Promise.reject(new Error('Diagram kan inte ritas här.')),
  deliverFile: () => Promise.reject(new Error('Filer kan inte lämnas ut här.')),
  deliverFiles: () => Promise.reject(new Error('Filer kan inte lämnas ut här.')),
};
