import { dialog, type BrowserWindow } from 'electron';
import { buildPlanTemplate } from '../services/import/template';
import type { Platform } from '../services/platform';

/** Arkiv → Mallar → Mall för import av plan…: the template, saved where the user chooses. */
export function createTemplateAction(platform: Platform, window: () => BrowserWindow | null): () => void {
  return () => {
    buildPlanTemplate().then((file) => platform.deliverFile(file)).catch(async (error: unknown) => {
      console.error('[mall]', error);
      const options = { type: 'warning' as const, title: 'Planuppföljning', message: 'Mallen kunde inte sparas. Försök igen.' };
      const win = window();
      await (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options)).catch(() => undefined);
    });
  };
}
