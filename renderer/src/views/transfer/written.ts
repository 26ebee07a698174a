import { useAppStore } from '../../stores/appStore';
import { afterWrite, reloadAll } from '../../stores/undoStore';

/** After an import: every view shows the file as it now is, and Ctrl+Z can take the import back. */
export async function afterImport(): Promise<void> {
  await Promise.all([afterWrite(), reloadAll(), useAppStore.getState().load()]);
}
