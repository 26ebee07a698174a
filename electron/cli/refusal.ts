import { basename, resolve } from 'node:path';

/**
 * better-sqlite3 is built for one runtime at a time: after the app (Electron) last ran from this
 * checkout, plain Node cannot load it. `npm run cli` rebuilds it itself (precli); whoever runs the
 * built program directly is told how.
 */
export const NATIVE_MODULE_MESSAGE = 'SQLite-modulen (better-sqlite3) är byggd för appen (Electron), inte för Node. '
  + 'Kör ”node scripts/ensure-native.mjs node” i programmets mapp (eller använd npm run cli -- …, som gör det själv) och försök igen. Inget har ändrats.';

/**
 * What the command line says when a command is refused: known SQLite and system errors in Swedish
 * (systemErrors.ts), a damaged file with the newest intact backup, and an unexplained error with its
 * detail, to report. Loaded only when something went wrong.
 */
export async function refusal(error: unknown): Promise<string> {
  const detail = String((error as Error | null)?.message ?? error);
  if (/NODE_MODULE_VERSION/.test(detail)) return `${NATIVE_MODULE_MESSAGE}\n`;
  const { DamagedFileError, damagedFileCliMessage } = await import('../services/db/damagedFile');
  if (error instanceof DamagedFileError) return `${damagedFileCliMessage(basename(error.path), await newestIntactBackup(error.path))}\n`;
  const { isExplained, toAppError } = await import('../services/api/systemErrors');
  return `${toAppError(error).message}\n${isExplained(error) ? '' : `Teknisk detalj (för felanmälan): ${detail}\n`}`;
}

/** Every command refuses a damaged file (openPlanFile checks it); the app's own backups may hold an intact copy. */
async function newestIntactBackup(planPath: string) {
  try {
    const { backupRootIn, userDataDir } = await import('../services/backup/backupRoot');
    const { RotatingBackups } = await import('../services/backup/rotatingBackups');
    return new RotatingBackups(backupRootIn(userDataDir())).newestIntact(resolve(planPath));
  } catch {
    return null;
  }
}
