import type { DeliveredFile } from '../../../../shared/domain/deliveredFile';

/**
 * Finishes an export on this side: in browser mode the file comes back as base64 and is saved
 * through a Blob and <a download>; in Electron the main process has already saved it.
 * Returns the notice to show, or null when the user cancelled.
 */
export function deliver(result: DeliveredFile): string | null {
  if (result.kind === 'cancelled') return null;
  if (result.kind === 'saved') return `Filen sparades: ${result.path}`;
  const bytes = Uint8Array.from(atob(result.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: result.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = result.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the object URL; give it a moment before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return `${result.fileName} laddades ned.`;
}
