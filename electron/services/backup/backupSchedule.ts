import type Database from 'better-sqlite3';
import type { RotatingBackups } from './rotatingBackups';

/**
 * When backups of one open file are taken: one at once (on open), then a check every minute.
 * backupIfChanged itself skips an unchanged file and keeps 10 minutes between backups, so the
 * check is cheap. One backup at a time; after stop() nothing new starts.
 */
export const CHECK_EVERY_MS = 60_000;

export class BackupSchedule {
  private timer: ReturnType<typeof setInterval> | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly backups: RotatingBackups,
    private readonly db: Database.Database,
    private readonly planPath: string,
    /** Told of every failed backup (the status line shows it from RotatingBackups); FileSession also reacts to a damaged file. */
    private readonly onFailure: (error: unknown) => void = (error) => console.error('[backup] failed', error),
  ) {}

  start(): this {
    this.run(() => this.backups.backupNow(this.db, this.planPath));
    this.timer = setInterval(() => this.run(() => this.backups.backupIfChanged(this.db, this.planPath)), CHECK_EVERY_MS);
    this.timer.unref?.();
    return this;
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** The backup in progress, if any (for tests, and to wait before quitting). */
  async idle(): Promise<void> {
    await this.running;
  }

  private run(task: () => Promise<unknown>): void {
    if (this.stopped || this.running) return;
    this.running = task()
      .then(() => undefined)
      // A backup that fails must never disturb the user's work; closing the file mid-backup is expected.
      .catch((error: unknown) => {
        if (this.stopped) return;
        try {
          this.onFailure(error);
        } catch (failure) {
          console.error('[backup] failure handler failed', failure);
        }
      })
      .finally(() => { this.running = null; });
  }
}
