import { dialog, type BrowserWindow } from 'electron';

/**
 * A form with unsaved changes blocks unloading (beforeunload in the renderer). Electron does not
 * ask the user by itself, so we do — in Swedish — and only leave when they choose to.
 * https://www.electronjs.org/docs/latest/api/web-contents#event-will-prevent-unload
 */
export function askBeforeLosingChanges(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      title: 'Planuppföljning',
      message: 'Du har ändringar som inte är sparade.',
      detail: 'Om du stänger nu sparas de inte.',
      buttons: ['Fortsätt redigera', 'Stäng utan att spara'],
      defaultId: 0,
      cancelId: 0,
    });
    if (choice === 1) event.preventDefault();
  });
}
