import type { WebContents } from 'electron';
import { RESTORE_BACKUP_EVENT } from '@shared/domain/backup';

/**
 * Arkiv → Återställ från säkerhetskopia…: the renderer opens its restore dialog on this event
 * (renderer/src/views/backup/RestoreBackupHost.tsx). A fixed string, never built from input.
 */
export const SHOW_RESTORE_SCRIPT = `window.dispatchEvent(new Event('${RESTORE_BACKUP_EVENT}'))`;

export function showRestoreDialog(contents: Pick<WebContents, 'executeJavaScript'> | null | undefined): void {
  contents?.executeJavaScript(SHOW_RESTORE_SCRIPT, true).catch((error: unknown) => console.error('[säkerhetskopia]', error));
}
