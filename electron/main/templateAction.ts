import { dialog, type BrowserWindow } from 'electron';
import type { CallServices } from '../host/callServices';

/**
 * Arkiv → Mallar → Mall för import av plan…: the service host builds the template and asks this
 * process (its platform) where to save it; only the failure dialog is drawn here.
 */
export function createTemplateAction(call: CallServices, window: () => BrowserWindow | null): () => void {
  return () => {
    call('savePlanImportTemplate', {}).then(async (result) => {
      if (result.ok) return;
      console.error('[mall]', result.error.message);
      const options = { type: 'warning' as const, title: 'Planuppföljning', message: 'Mallen kunde inte sparas. Försök igen.' };
      const win = window();
      await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options)).catch(() => undefined);
    }).catch((error: unknown) => console.error('[mall]', error));
  };
}
