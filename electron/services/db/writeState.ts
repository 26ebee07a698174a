import type { FileAlert } from '@shared/domain/types';
import type { LockOwner, PlanFileLock } from './fileLock';
import { lockLostMessage, UNEXPECTED_MESSAGE, writeFailedMessage, writeFailureKind } from './writeAlerts';
import { WriteRefusedError, type WriteAccess } from './writeAccess';

/** A write the session refused after writing stopped, kept so "Spara kopia som…" can make it in a copy. */
export interface RefusedWrite {
  name: string;
  input: unknown;
}

/**
 * Whether one open file may still be written here, and why not. Writing stops when
 * - the lock is no longer ours (another computer took it over while this one slept): for good;
 * - a write failed because the disk is full or the share is gone: until a heartbeat can write again.
 * The heartbeat never throws: a timer that throws would end the process (issue 13).
 */
export class WriteState implements WriteAccess {
  private problem: { kind: FileAlert['kind']; message: string } | null = null;
  private lastSaved: Date;
  private readonly refused: RefusedWrite[] = [];

  constructor(
    private readonly lock: PlanFileLock | null,
    private readonly clock: () => Date = () => new Date(),
    private readonly log: (message: string, error: unknown) => void = (message, error) => console.error(message, error),
  ) {
    this.lastSaved = clock();
  }

  /** The Swedish refusal while writing is stopped; null while this session may write. */
  refusal(): string | null {
    return this.problem !== null && this.problem.kind !== 'unexpected' ? this.problem.message : null;
  }

  alert(): FileAlert | null {
    return this.problem === null ? null : { ...this.problem, unsavedChanges: this.refused.length };
  }

  check(): void {
    const refusal = this.refusal();
    if (refusal !== null) throw new WriteRefusedError(refusal);
    if (this.lock === null) return;
    let result;
    try {
      result = this.lock.check();
    } catch (error) {
      this.failed(error);
      throw new WriteRefusedError(this.refusal() ?? writeFailedMessage('unavailable', this.lastSaved, this.clock()));
    }
    if (!result.held) throw new WriteRefusedError(this.loseLock(result.holder));
  }

  failed(error: unknown): void {
    const kind = writeFailureKind(error);
    if (kind === null || this.problem?.kind === 'lockLost') return;
    this.problem = { kind, message: writeFailedMessage(kind, this.lastSaved, this.clock()) };
  }

  succeeded(): void {
    this.lastSaved = this.clock();
  }

  /** Keeps a refused write for the copy. */
  keep(write: RefusedWrite): void {
    this.refused.push(write);
  }

  refusedWrites(): readonly RefusedWrite[] {
    return this.refused;
  }

  /** Something failed that nobody caught (or the service host was restarted): told once, without stopping writes that still work. */
  unexpected(message: string = UNEXPECTED_MESSAGE): void {
    if (this.problem === null) this.problem = { kind: 'unexpected', message };
  }

  /**
   * The lock's heartbeat: refreshes it if it is still ours, notices if it is not, and finds out
   * when a full disk takes writes again. Never throws.
   */
  heartbeat(): void {
    if (this.lock === null || this.problem?.kind === 'lockLost') return;
    try {
      const result = this.lock.refresh();
      if (!result.held) {
        this.loseLock(result.holder);
      } else if (this.problem?.kind === 'diskFull' || this.problem?.kind === 'unavailable') {
        // The lock file beside the plan file could be written: the disk takes writes again.
        this.problem = null;
      }
    } catch (error) {
      if (writeFailureKind(error) !== null) this.failed(error);
      else this.log('[lock] heartbeat failed', error);
    }
  }

  private loseLock(holder: LockOwner | null): string {
    const message = lockLostMessage(holder, this.lastSaved, this.clock());
    this.problem = { kind: 'lockLost', message };
    return message;
  }
}
