import { AppError } from '@shared/errors';

/**
 * Whether this session may write the plan file now. Every write transaction passes here
 * (records.ts and undo), so a session that lost its lock or its disk stops writing at once.
 */
export interface WriteAccess {
  /** Throws WriteRefusedError (nothing written) when this session may not write; cheap. */
  check(): void;
  /** A write failed: a full disk or a lost share makes the session read-only until writing works again. */
  failed(error: unknown): void;
  /** A write committed. */
  succeeded(): void;
}

/** A write refused because the session may not write any more; the message says why and what is kept. */
export class WriteRefusedError extends AppError {
  constructor(message: string) {
    super('conflict', message);
  }
}

/** Runs one top-level write transaction under the session's write access, if it has one. */
export function guardedWrite<T>(access: WriteAccess | undefined, write: () => T): T {
  access?.check();
  let result: T;
  try {
    result = write();
  } catch (error) {
    access?.failed(error);
    throw error;
  }
  access?.succeeded();
  return result;
}
