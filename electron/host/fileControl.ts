import type { AppInfo } from '@shared/domain/types';
import type { FileSession, InitialFile } from '../main/fileSession';

/**
 * The open plan file as the parent drives it: every action a message to the service host
 * (ServiceHostClient), or, in tests and wherever the services run in-process, a FileSession
 * behind the same async shape (localFileControl). Refusals are thrown as AppError or FileInUseError.
 */
export interface FileControl {
  open(path: string, options?: { readOnly?: boolean }): Promise<{ backupPath: string | null; problem: string | null }>;
  openOrRead(path: string): Promise<string | null>;
  create(path: string): Promise<void>;
  openOrCreateDemo(path: string): Promise<void>;
  openInitial(settings: { lastFile?: string }, userDataDir: string): Promise<InitialFile>;
  saveCopy(target: string): Promise<void>;
  /** The open file's AppInfo, or null when none is open. */
  info(): Promise<AppInfo | null>;
  reportUnexpected(): Promise<void>;
}

export function localFileControl(files: FileSession): FileControl {
  return {
    open: async (path, options) => files.open(path, options),
    openOrRead: async (path) => files.openOrRead(path),
    create: async (path) => files.create(path),
    openOrCreateDemo: async (path) => files.openOrCreateDemo(path),
    openInitial: async (settings, userDataDir) => files.openInitial({ recentFiles: [], ...settings }, userDataDir),
    saveCopy: (target) => files.saveCopy(target),
    info: async () => (files.current() ? files.info() : null),
    reportUnexpected: async () => files.reportUnexpected(),
  };
}
