import type { DeliveredFile } from '@shared/domain/deliveredFile';
import type { DeliveredFiles } from '@shared/domain/transfer';
import { countLabel } from '@shared/transferLabels';
import { downloadFile } from '@renderer/api/downloadFile';

/**
 * What became of exported files: Electron saved them where the user chose; browser mode sends
 * them back to the page, which downloads them. Returns the sentence to show, or null when the
 * user cancelled.
 */
export function deliveredFile(result: DeliveredFile): string | null {
  if (result.kind === 'cancelled') return null;
  if (result.kind === 'saved') return `Filen sparades: ${result.path}`;
  downloadFile(result);
  return `${result.fileName} laddas ned.`;
}

export function deliveredFiles(result: DeliveredFiles): string | null {
  if (result.kind === 'cancelled') return null;
  if (result.kind === 'saved') return `${countLabel(result.paths.length, 'fil', 'filer')} sparades i ${result.folder}.`;
  for (const file of result.files) downloadFile(file);
  return `${countLabel(result.files.length, 'fil', 'filer')} laddas ned.`;
}
