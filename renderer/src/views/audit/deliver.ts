import type { DeliveredFile } from '@shared/domain/deliveredFile';
import { downloadFile } from '@renderer/api/downloadFile';

/**
 * Finishes an export on this side: in browser mode the file comes back as base64 and is saved
 * through a Blob and <a download>; in Electron the main process has already saved it.
 * Returns the notice to show, or null when the user cancelled.
 */
export function deliver(result: DeliveredFile): string | null {
  if (result.kind === 'cancelled') return null;
  if (result.kind === 'saved') return `Filen sparades: ${result.path}`;
  downloadFile(result);
  return `${result.fileName} laddades ned.`;
}
