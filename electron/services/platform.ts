/**
 * What the services need from the program around them, with one implementation per place they
 * run: Electron (electron/main/electronPlatform.ts), browser mode and the CLI
 * (electron/web/chromiumPlatform.ts), and tests.
 */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

/** How an exported file reached the user. */
export type DeliveredFile =
  | { kind: 'saved'; path: string }
  | { kind: 'download'; fileName: string; mimeType: string; base64: string }
  | { kind: 'cancelled' };

export interface Platform {
  /** Prints a self-contained HTML document to an accessible (tagged) A4 PDF. */
  printToPdf(html: string, options?: { landscape?: boolean }): Promise<Uint8Array>;
  /** Hands a file to the user: Electron asks where to save it; browser mode lets the page download it. */
  deliverFile(file: ExportedFile): Promise<DeliveredFile>;
}

/** For sessions that cannot export (tests that do not need it). */
export const NO_PLATFORM: Platform = {
  printToPdf: () => Promise.reject(new Error('PDF-utskrift finns inte här.')),
  deliverFile: () => Promise.reject(new Error('Filer kan inte lämnas ut här.')),
};
