import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../../shared/errors';
import type { AppInfo } from '../../shared/domain/types';
import type { Session } from '../services/api/handlers';
import { isExplained, toAppError } from '../services/api/systemErrors';
import { createContext, type ServiceContext } from '../services/context';
import { createPlanFile, openPlanFile, saveCopy, type OpenPlanFile } from '../services/db/openPlanFile';
import { createDemoFile } from '../services/demo/createDemoFile';
import { acquireFileLock, FileInUseError, LOCK_TIMINGS, type LockTimings, type PlanFileLock } from '../services/db/fileLock';
import { WriteState } from '../services/db/writeState';
import { carriedIntoCopy, saveUnsavedCopy } from '../services/api/unsavedCopy';
import { userName } from '../services/userName';
import { startWithCatalogue } from '../services/indicator/indicatorCatalogue';
import type { Settings } from './settings';
import { NO_PLATFORM, type Platform } from '../services/platform';
import { BackupSchedule } from '../services/backup/backupSchedule';
import { RotatingBackups } from '../services/backup/rotatingBackups';
import { sessionBackups, type BackupSetup } from '../services/backup/sessionBackups';

export const DEMO_FILE_NAME = 'Planuppföljning-demo.sqlite';

/** For tests: shorter lock timings than the real three minutes, and another user name than the system's. */
export interface FileSessionOptions {
  lockTimings?: LockTimings;
  user?: string;
}

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
  private writeState: WriteState | null = null;
  private backupSchedule: BackupSchedule | null = null;
  private readonly lockTimings: LockTimings;
  private readonly user: string;

  /** backups: where automatic backups go and restores are placed; null keeps none (CLI, tests). */
  constructor(
    private readonly appVersion: string,
    private readonly clock: () => Date = () => new Date(),
    private readonly platform: Platform = NO_PLATFORM,
    private readonly backups: BackupSetup | null = null,
    options: FileSessionOptions = {},
  ) {
    this.lockTimings = options.lockTimings ?? LOCK_TIMINGS;
    this.user = options.user ?? userName();
  }

  /** Opens an existing plan file; returns where a pre-migration backup went, if one was taken. */
  open(path: string, options: { readOnly?: boolean } = {}): { backupPath: string | null } {
    const readOnly = options.readOnly === true;
    const file = this.withLock(path, readOnly, () => openPlanFile(path, { readOnly }));
    return { backupPath: file.backupPath };
  }

  /** Opens for editing, or read-only if another computer has it open for editing; returns why it is read-only, or null. */
  openOrRead(path: string): string | null {
    try {
      this.open(path);
      return null;
    } catch (error) {
      if (!(error instanceof FileInUseError)) throw error;
      this.open(path, { readOnly: true });
      return error.message;
    }
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
    this.writeState = null;
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
    const lock = readOnly || reopening ? null : acquireFileLock(path, { clock: this.clock, staleMs: this.lockTimings.staleMs, user: this.user });
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
    this.adopt(file, kept ?? lock);
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
      readOnly: file.readOnly || this.writeState?.refusal() != null,
      today: session.ctx.today(),
      alert: this.writeState?.alert() ?? null,
    };
  }

  /** The last-resort handlers found an error nobody caught: the renderer shows it; writing goes on if it can. */
  reportUnexpected(): void {
    this.writeState?.unexpected();
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

  /**
   * Makes file the open one. While it is open for editing, every write first checks that the lock
   * is still ours (WriteState), and the heartbeat refreshes the lock and notices when it is not.
   */
  private adopt(file: OpenPlanFile, lock: PlanFileLock | null): void {
    this.close();
    const ctx: ServiceContext = createContext(file.db, this.user, this.clock);
    const writes = new WriteState(lock, this.clock);
    ctx.access = writes;
    this.file = file;
    this.lock = lock;
    this.lockedPath = lock ? file.path : null;
    this.writeState = writes;
    this.session = {
      ctx,
      readOnly: file.readOnly,
      info: () => this.info(),
      platform: this.platform,
      writes: {
        refusal: () => writes.refusal(),
        alert: () => writes.alert(),
        keep: (name, input) => { if (carriedIntoCopy(name)) writes.keep({ name, input }); },
        saveUnsavedCopy: () => saveUnsavedCopy({ db: file.db, path: file.path, user: this.user, clock: this.clock, platform: this.platform }, writes.refusedWrites()),
      },
    };
    if (lock) {
      this.heartbeat = setInterval(() => writes.heartbeat(), this.lockTimings.heartbeatMs);
      this.heartbeat.unref?.();
    }
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

/** Refusals already carry a Swedish message; SQLite and system errors get theirs (systemErrors.ts); anything else one without technical detail. */
function describeFailure(error: unknown, path: string): string {
  if (error instanceof AppError) return error.message;
  if (isExplained(error)) return `”${basename(path)}” kunde inte öppnas. ${toAppError(error).message}`;
  console.error('[fileSession] could not open', path, error);
  return `”${basename(path)}” kunde inte öppnas.`;
}
