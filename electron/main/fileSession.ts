import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../../shared/errors';
import type { AppInfo } from '../../shared/domain/types';
import type { Session } from '../services/api/handlers';
import { createContext, type ServiceContext } from '../services/context';
import { createPlanFile, openPlanFile, saveCopy, type OpenPlanFile } from '../services/db/openPlanFile';
import { createDemoFile } from '../services/demo/createDemoFile';
import { acquireFileLock, FileInUseError, HEARTBEAT_MS, type PlanFileLock } from '../services/db/fileLock';
import { userName } from '../services/userName';
import { startWithCatalogue } from '../services/indicator/indicatorCatalogue';
import type { Settings } from './settings';
import { NO_PLATFORM, type Platform } from '../services/platform';
import { BackupSchedule } from '../services/backup/backupSchedule';
import { RotatingBackups } from '../services/backup/rotatingBackups';
import { sessionBackups, type BackupSetup } from '../services/backup/sessionBackups';

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
  private lock: PlanFileLock | null = null;
  private lockedPath: string | null = null;
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private backupSchedule: BackupSchedule | null = null;

  /**
   * backups: where automatic backups go and restores are placed; null keeps none (CLI, tests).
   * fixedToday: the date the services and the renderer take as today (browser mode's --today);
   * the lock, the backups and the change log keep the clock.
   */
  constructor(
    private readonly appVersion: string,
    private readonly clock: () => Date = () => new Date(),
    private readonly platform: Platform = NO_PLATFORM,
    private readonly backups: BackupSetup | null = null,
    private readonly fixedToday: string | null = null,
  ) {}

  /** Opens an existing plan file; returns where a pre-migration backup went, if one was taken. */
  open(path: string, options: { readOnly?: boolean } = {}): { backupPath: string | null } {
    const readOnly = options.readOnly === true;
    const file = this.withLock(path, readOnly, () => openPlanFile(path, { readOnly }));
    return { backupPath: file.backupPath };
  }

  create(path: string): void {
    this.withLock(path, false, () => createPlanFile(path));
    startWithCatalogue(this.requireOpen().session.ctx);
  }

  close(): void {
    this.backupSchedule?.stop();
    this.backupSchedule = null;
    this.file?.db.close();
    this.file = null;
    this.session = null;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    this.lock?.release();
    this.lock = null;
    this.lockedPath = null;
  }

  /**
   * Editing takes the file's lock first (FileInUseError if another computer has it open); reading
   * does not. If opening fails, the new lock is given back and the current file stays open.
   */
  private withLock(path: string, readOnly: boolean, openFile: () => OpenPlanFile): OpenPlanFile {
    const reopening = this.lock !== null && this.lockedPath === path;
    const lock = readOnly || reopening ? null : acquireFileLock(path, this.clock);
    let file: OpenPlanFile;
    try {
      file = openFile();
    } catch (error) {
      lock?.release();
      throw error;
    }
    // Reopening the same file for editing keeps its lock; anything else gives the old lock back.
    const kept = !readOnly && reopening ? this.lock : null;
    if (kept) this.lock = null;
    this.adopt(file);
    this.lock = kept ?? lock;
    this.lockedPath = this.lock ? path : null;
    if (this.lock) {
      const held = this.lock;
      this.heartbeat = setInterval(() => held.refresh(), HEARTBEAT_MS);
      this.heartbeat.unref?.();
    }
    return file;
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
    else this.withLock(path, false, () => createDemoFile(path));
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
        // Open elsewhere: it can still be read here.
        if (error instanceof FileInUseError && this.tryOpenReadOnly(settings.lastFile)) return { message, openedPath: settings.lastFile };
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

  private tryOpenReadOnly(path: string): boolean {
    try {
      this.open(path, { readOnly: true });
      return true;
    } catch {
      return false;
    }
  }

  private adopt(file: OpenPlanFile): void {
    this.close();
    const ctx: ServiceContext = createContext(file.db, userName(), this.clock, this.fixedToday);
    this.file = file;
    this.session = { ctx, readOnly: file.readOnly, info: () => this.info(), platform: this.platform };
    if (this.backups) this.startBackups(file, this.backups, this.session);
  }

  /** A backup on open, then after changes; a read-only file is not ours to back up, but its backups can be restored. */
  private startBackups(file: OpenPlanFile, setup: BackupSetup, session: Session): void {
    const rotating = new RotatingBackups(setup.root, this.clock);
    session.backups = sessionBackups(setup, rotating, file.path, (path) => this.open(path));
    if (!file.readOnly) this.backupSchedule = new BackupSchedule(rotating, file.db, file.path).start();
  }

  /** The backup in progress, if any: tests wait for it. */
  async backupIdle(): Promise<void> {
    await this.backupSchedule?.idle();
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
