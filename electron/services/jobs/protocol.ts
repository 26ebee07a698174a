import type { CallName } from '@shared/api/contract';
import type { AppErrorKind, FieldProblem, Result } from '@shared/errors';
import type { Caller } from '@shared/domain/users';
import { AppError } from '@shared/errors';

/**
 * The messages between the thread that owns a session (the owner) and the job thread.
 *
 * - The owner sends a `call`; the thread answers with a `result` carrying dispatch's Result unchanged.
 * - The platform (printing, drawing charts, handing files to the user) stays with the owner: the
 *   thread sends `platform` and gets `platformAnswer`.
 * - What services ask of the session synchronously (may I still write?) goes over a second port,
 *   answered while the thread waits (Atomics.wait), so the owner's own WriteAccess and refusals decide,
 *   exactly as inline. Only outside a transaction: the clock travels with the call (CallStart), since an
 *   owner waiting for the thread's write lock could not answer, and both would wait out the busy timeout.
 */
export interface CallStart {
  path: string;
  readOnly: boolean;
  user: string;
  host: string;
  /** Which optional parts the owner's session has, so the thread's session has the same. */
  hasAccess: boolean;
  hasWrites: boolean;
  hasDeliverFiles: boolean;
  /** The owner's today and time when the call began: the thread's clock for the whole call (one call, one moment). */
  today: string;
  now: string;
  /** Server mode: the signed-in person; the thread's dispatch checks the role and names them as the owner's would. */
  caller?: Caller;
}

export type ToThread =
  | { type: 'call'; id: number; name: CallName; input: unknown; start: CallStart }
  | { type: 'platformAnswer'; id: number; ok: true; value: unknown }
  | { type: 'platformAnswer'; id: number; ok: false; error: SentError };

export type PlatformMethod = 'printToPdf' | 'rasterizeSvg' | 'deliverFile' | 'deliverFiles';

export type FromThread =
  /** Sent once the thread's code has loaded: a thread that stops before this never ran a call. */
  | { type: 'ready' }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'platform'; id: number; callId: number; method: PlatformMethod; args: unknown[] };

/** Synchronous questions from the thread about one call's session. */
export type Ask =
  | { callId: number; what: 'info' | 'refusal' | 'check' | 'succeeded' }
  | { callId: number; what: 'failed'; error: SentError }
  | { callId: number; what: 'keep'; name: CallName; input: unknown };

export type AskAnswer = { ok: true; value: unknown } | { ok: false; error: SentError };

/** An error as it crosses between threads: enough to rebuild an AppError, or a system error with its code. */
export interface SentError {
  message: string;
  kind?: AppErrorKind;
  problems?: FieldProblem[];
  code?: string;
}

export function sendError(error: unknown): SentError {
  if (error instanceof AppError) return { message: error.message, kind: error.kind, problems: error.problems };
  const code = (error as { code?: unknown } | null)?.code;
  return { message: error instanceof Error ? error.message : String(error), ...(typeof code === 'string' ? { code } : {}) };
}

export function receiveError(sent: SentError): Error {
  if (sent.kind !== undefined) return new AppError(sent.kind, sent.message, sent.problems ?? []);
  return Object.assign(new Error(sent.message), sent.code === undefined ? {} : { code: sent.code });
}
