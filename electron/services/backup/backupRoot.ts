import { homedir } from 'node:os';
import { join } from 'node:path';

/** The folder for automatic backups inside the user-data folder. */
export const BACKUP_FOLDER = 'Säkerhetskopior';
/** The app's folder name in the OS's per-user application data: Electron's userData uses productName. */
const APP_FOLDER = 'Planuppföljning';

/**
 * Electron's userData without Electron (browser mode): %APPDATA%, ~/Library/Application Support
 * or $XDG_CONFIG_HOME (~/.config), then the app's folder, as in
 * https://www.electronjs.org/docs/latest/api/app#appgetpathname. Both modes thus keep a plan
 * file's backups in the same place.
 */
export function userDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  const appData = platform === 'win32' ? env.APPDATA ?? join(home, 'AppData', 'Roaming')
    : platform === 'darwin' ? join(home, 'Library', 'Application Support')
      : env.XDG_CONFIG_HOME || join(home, '.config');
  return join(appData, APP_FOLDER);
}

export function backupRootIn(userData: string): string {
  return join(userData, BACKUP_FOLDER);
}
