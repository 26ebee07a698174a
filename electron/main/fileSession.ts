import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '@shared/errors';
import type { AppInfo, FileIntegrity } from '@shared/domain/types';
import type { Session } from '../services/api/handlers';
import { isExplained, toAppError } from '../services/api/systemErrors';
import { createContext, type ServiceContext } from '../services/context';
import { createPlanFile, openPlanFile, saveCopy, type OpenPlanFile } from '../services/db/openPlanFile';
import { DamagedFileError, damagedFileMessage, uncheckedFileMessage } from '../services/db/damagedFile';
import { checkIntegrityInBackground, checksInBackground } from '../services/db/integrityCheck';
import { createDemoFile } from '../services/demo/createDemoFile';
import { acquireFileLock, FileInUseError, LOCK_TIMINGS, type LockTimings, type PlanFileLock } from '../services/db/fileLock';
import { WriteState } from '../services/db/writeState';
import { HOST_RESTARTED_MESSAGE } from '../services/db/writeAlerts';
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
  /**
   * The date the services and the renderer take as today (browser mode's --today); the lock,
   * the backups and the change log keep the clock.
   */
  today?: string | null;
}

export interface InitialFile {
  /** Why the last file could not be opened (Swedish, for a dialog); null if nothing went wrong. */
  message: string | null;
  /** The file that is open now, or null if none could be opened. */
  openedPath: string | null;
  /** True when the message is about the open file itself (opened read-only), not one the demo file replaced. */
  aboutOpenFile?: boolean;
}

/**
 * The one open plan file and the Session that dispatch uses for it. Plain Node: the service host
 * (electron/host/) and tests drive it alike. Switching files opens the new one first, so a refused file leaves
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
  private rotating: RotatingBackups | null = null;
  private integrity: FileIntegrity = { state: 'ok' };
  private integrityCheck: Promise<void> | null = null;

  private readonly fixedToday: string | null;

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
    this.fixedToday = options.today ?? null;
  }

  /**
   * Opens an existing plan file; returns where a pre-migration backup went, if one was taken, and
   * why the file is read-only if it turned out damaged. It is checked first (PRAGMA quick_check);
   * a large file is checked in the background instead and stays read-only until it passes.
   */
  open(path: string, options: { readOnly?: boolean } = {}): { backupPath: string | null; problem: string | null } {
    const readOnly = options.readOnly === true;
    const later = checkLater(path);
    let file: OpenPlanFile;
    try {
      file = this.withLock(path, readOnly, () => openPlanFile(path, { readOnly, integrity: later ? 'caller' : 'before' }), later ? { state: 'checking' } : { state: 'ok' });
    } catch (error) {
      if (!(error instanceof DamagedFileError)) throw error;
      return { backupPath: null, problem: this.openDamaged(error) };
    }
    if (later) this.checkInBackground(file);
    return { backupPath: file.backupPath, problem: null };
  }

  /** A damaged file is opened read-only (its lock given back), never written and never backed up. */
  private openDamaged(damage: DamagedFileError): string {
    const message = damagedFileMessage(basename(damage.path), this.backups ? new RotatingBackups(this.backups.root).newestIntact(damage.path) : null);
    try {
      this.withLock(damage.path, true, () => openPlanFile(damage.path, { readOnly: true, integrity: 'caller' }), { state: 'damaged', message });
    } catch (error) {
      // Not even readable (e.g. too old to open read-only): the damage is still what the user must know.
      console.error('[fileSession] damaged file could not be opened read-only', damage.path, error);
      if (this.file?.path !== damage.path) throw new AppError('refused_file', message);
      // Found while open (background check, backup): keep its connection, but nothing more is written or copied.
      this.backupSchedule?.stop();
      this.backupSchedule = null;
      this.session!.readOnly = true;
      this.integrity = { state: 'damaged', message };
    }
    return message;
  }

  /** Until the check passes the file is read-only and not backed up; a damaged file is then reopened read-only. */
  private checkInBackground(file: OpenPlanFile): void {
    const current = () => this.file === file;
    this.integrityCheck = checkIntegrityInBackground(file.path).then((verdict) => {
      if (!current()) return;
      if (!verdict.ok) {
        this.openDamaged(new DamagedFileError(file.path, verdict.problems));
        return;
      }
      this.integrity = { state: 'ok' };
      this.session!.readOnly = file.readOnly;
      this.startBackupSchedule(file);
    }).catch((error: unknown) => {
      console.error('[fileSession] integrity check failed', file.path, error);
      if (current()) this.integrity = { state: 'unchecked', message: uncheckedFileMessage(basename(file.path)) };
    });
  }

  /** The background integrity check, if one runs: tests and the bench wait for it. */
  async integrityIdle(): Promise<void> {
    await this.integrityCheck;
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
    this.rotating = null;
    this.integrity = { state: 'ok' };
    this.integrityCheck = null;
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
  private withLock(path: string, readOnly: boolean, openFile: () => OpenPlanFile, integrity: FileIntegrity = { state: 'ok' }): OpenPlanFile {
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
    this.adopt(file, kept ?? lock, integrity);
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
      readOnly: session.readOnly || this.writeState?.refusal() != null,
      today: session.ctx.today(),
      integrity: this.integrity,
      alert: this.writeState?.alert() ?? null,
    };
  }

  /** The last-resort handlers found an error nobody caught: the renderer shows it; writing goes on if it can. */
  reportUnexpected(): void {
    this.writeState?.unexpected();
  }

  /** This host replaced one that ended unexpectedly: the renderer says so through the file's alert. */
  reportRestart(): void {
    this.writeState?.unexpected(HOST_RESTARTED_MESSAGE);
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
        const { problem } = this.open(settings.lastFile);
        return problem === null ? { message: null, openedPath: settings.lastFile } : { message: problem, openedPath: settings.lastFile, aboutOpenFile: true };
      } catch (error) {
        message = describeFailure(error, settings.lastFile);
        // Open elsewhere: it can still be read here.
        if (error instanceof FileInUseError && this.tryOpenReadOnly(settings.lastFile)) return { message, openedPath: settings.lastFile, aboutOpenFile: true };
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
   * Writes also wait for a passed integrity check: until then, and for a damaged file, the session is read-only.
   */
  private adopt(file: OpenPlanFile, lock: PlanFileLock | null, integrity: FileIntegrity): void {
    this.close();
    const ctx: ServiceContext = createContext(file.db, this.user, this.clock, undefined, this.fixedToday);
    const writes = new WriteState(lock, this.clock);
    ctx.access = writes;
    this.file = file;
    this.lock = lock;
    this.lockedPath = lock ? file.path : null;
    this.writeState = writes;
    this.integrity = integrity;
    this.session = {
      ctx,
      readOnly: file.readOnly || integrity.state !== 'ok',
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
    if (this.backups) {
      const setup = this.backups;
      this.rotating = new RotatingBackups(setup.root, this.clock);
      this.session.backups = sessionBackups(setup, this.rotating, file.path, (path) => this.open(path), () => (this.backupSchedule ? file.db : null));
    }
    if (integrity.state === 'ok') this.startBackupSchedule(file);
  }

  /**
   * A backup on open, then after changes. A read-only file is not ours to back up (its backups can
   * still be restored), nor is a damaged one or one still being checked. A backup that finds the
   * file damaged turns the session read-only with the message.
   */
  private startBackupSchedule(file: OpenPlanFile): void {
    if (!this.rotating || file.readOnly) return;
    this.backupSchedule = new BackupSchedule(this.rotating, file.db, file.path, (error) => {
      console.error('[backup] failed', error);
      if (error instanceof DamagedFileError && this.file === file) this.openDamaged(error);
    }).start();
  }

  /** The backup in progress, if any, after a background integrity check: tests wait for it. */
  async backupIdle(): Promise<void> {
    await this.integrityCheck;
    await this.backupSchedule?.idle();
  }

  private requireOpen(): { file: OpenPlanFile; session: Session } {
    if (this.file === null || this.session === null) throw new AppError('conflict', 'Ingen planfil är öppen.');
    return { file: this.file, session: this.session };
  }
}

/** A file that cannot even be measured is refused by openPlanFile with its own message. */
function checkLater(path: string): boolean {
  try {
    return checksInBackground(path);
  } catch {
    return false;
  }
}

/** Refusals already carry a Swedish message; SQLite and system errors get theirs (systemErrors.ts); anything else one without technical detail. */
function describeFailure(error: unknown, path: string): string {
  if (error instanceof AppError) return error.message;
  if (isExplained(error)) return `”${basename(path)}” kunde inte öppnas. ${toAppError(error).message}`;
  console.error('[fileSession] could not open', path, error);
  return `”${basename(path)}” kunde inte öppnas.`;
}
