import type { DeliveredFile } from '../../../../shared/domain/deliveredFile';
import type { DeliveredFiles } from '../../../../shared/domain/transfer';
import { countLabel } from '../../../../shared/transferLabels';

/**
 * What became of exported files: Electron saved them where the user chose; browser mode sends
 * them back to the page, which downloads them through a Blob and a link with `download`.
 */
type Download = { fileName: string; mimeType: string; base64: string };

export function download(file: Download): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; let it go after the browser has taken it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Delivers and returns the sentence to show, or null when the user cancelled. */
export function deliveredFile(result: DeliveredFile): string | null {
  if (result.kind === 'cancelled') return null;
  if (result.kind === 'saved') return `Filen sparades: ${result.path}`;
  download(result);
  return `${result.fileName} laddas ned.`;
}

export function deliveredFiles(result: DeliveredFiles): string | null {
  if (result.kind === 'cancelled') return null;
  if (result.kind === 'saved') return `${countLabel(result.paths.length, 'fil', 'filer')} sparades i ${result.folder}.`;
  for (const file of result.files) download(file);
  return `${countLabel(result.files.length, 'fil', 'filer')} laddas ned.`;
}
