import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../../shared/errors';
import type { AppInfo } from '../../shared/domain/types';
import type { Session } from '../services/api/handlers';
import { createContext, type ServiceContext } from '../services/context';
import { createPlanFile, openPlanFile, saveCopy, type OpenPlanFile } from '../services/db/openPlanFile';
import { createDemoFile } from '../services/demo/createDemoFile';
import { userName } from '../services/userName';
import type { Settings } from './settings';
import { NO_PLATFORM, type Platform } from '../services/platform';

export const DEMO_FILE_NAME = 'Planuppföljning-demo.sqlite';

export interface InitialFile {
  /** Why the last file could not be opened (Swedish, for a dialog); null if nothing went wrong. */
  message: string | null;
  /** The file that is open now, or null if none could be opened. */
  openedPath: string | null;
}

/**
 * The one open plan file and the Session that dispatch uses for it. Plain Node: the main process
 * and tests drive it alike. Switching files opens the new one first, so a refused file leaves
 * the current one open.
 */
export class FileSession {
  private file: OpenPlanFile | null = null;
  private session: Session | null = null;

  constructor(
    private readonly appVersion: string,
    private readonly clock: () => Date = () => new Date(),
    private readonly platform: Platform = NO_PLATFORM,
  ) {}

  /** Opens an existing plan file; returns where a pre-migration backup went, if one was taken. */
  open(path: string, options: { readOnly?: boolean } = {}): { backupPath: string | null } {
    const file = openPlanFile(path, { readOnly: options.readOnly === true });
    this.adopt(file);
    return { backupPath: file.backupPath };
  }

  create(path: string): void {
    this.adopt(createPlanFile(path));
  }

  close(): void {
    this.file?.db.close();
    this.file = null;
    this.session = null;
  }

  current(): Session | null {
    return this.session;
  }

  info(): AppInfo {
    const { file, session } = this.requireOpen();
    return {
      appVersion: this.appVersion,
      filePath: file.path,
      fileName: basename(file.path),
      schemaVersion: file.db.pragma('user_version', { simple: true }) as number,
      readOnly: file.readOnly,
      today: session.ctx.today(),
    };
  }

  /** "Spara kopia som…": a consistent copy of the open file through SQLite's backup API. */
  async saveCopy(target: string): Promise<void> {
    await saveCopy(this.requireOpen().file.db, target);
  }

  /** Opens the demo file at path, creating it with the demo plan if it does not exist yet. */
  openOrCreateDemo(path: string): void {
    if (existsSync(path)) this.open(path);
    else this.adopt(createDemoFile(path));
  }

  /**
   * At start: the last file if it still opens, otherwise the demo file in userData (created on
   * first start). Never throws: if even the demo file is refused, no file is open and the
   * message says why, so the user can still choose one from the Arkiv menu.
   */
  openInitial(settings: Settings, userDataDir: string): InitialFile {
    let message: string | null = null;
    if (settings.lastFile !== undefined) {
      try {
        this.open(settings.lastFile);
        return { message: null, openedPath: settings.lastFile };
      } catch (error) {
        message = describeFailure(error, settings.lastFile);
      }
    }
    const demoPath = join(userDataDir, DEMO_FILE_NAME);
    try {
      this.openOrCreateDemo(demoPath);
      return { message, openedPath: demoPath };
    } catch (error) {
      const demoMessage = describeFailure(error, demoPath);
      return { message: message === null ? demoMessage : `${message}\n\n${demoMessage}`, openedPath: null };
    }
  }

  private adopt(file: OpenPlanFile): void {
    this.close();
    const ctx: ServiceContext = createContext(file.db, userName(), this.clock);
    this.file = file;
    this.session = { ctx, readOnly: file.readOnly, info: () => this.info(), platform: this.platform };
  }

  private requireOpen(): { file: OpenPlanFile; session: Session } {
    if (this.file === null || this.session === null) throw new AppError('conflict', 'Ingen planfil är öppen.');
    return { file: this.file, session: this.session };
  }
}

/** Refusals already carry a Swedish message; anything else gets one without technical detail. */
function describeFailure(error: unknown, path: string): string {
  if (error instanceof AppError) return error.message;
  console.error('[fileSession] could not open', path, error);
  return `”${basename(path)}” kunde inte öppnas.`;
}
