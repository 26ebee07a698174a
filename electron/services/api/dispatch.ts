import { contract, isCallName, type CallName } from '@shared/api/contract';
import type { AppError, Result } from '@shared/errors';
import { collectChanges } from '../changedTables';
import { handlers, type Session } from './handlers';
import { isExplained, toAppError } from './systemErrors';
import { validationError } from './validationMessages';

/**
 * The single entry for every API call, from IPC and from the HTTP bridge alike: the name must be
 * in the contract, the input must pass its schema before any service sees it, and every error
 * comes back as data with a Swedish message — never as a thrown exception or a stack trace.
 * Most services are synchronous; exports (DOCX, PDF) are not, so the answer is always a promise.
 */
export async function dispatch(session: Session | null, name: unknown, input: unknown): Promise<Result<unknown>> {
  if (!isCallName(name)) {
    return { ok: false, error: { kind: 'validation', message: 'Okänt anrop.' } };
  }
  if (session === null) {
    return { ok: false, error: { kind: 'conflict', message: 'Ingen planfil är öppen.' } };
  }
  const spec = contract[name];
  const parsed = spec.input.safeParse(input ?? {});
  if (spec.write && session.readOnly) {
    return { ok: false, error: { kind: 'conflict', message: 'Planfilen är öppnad skrivskyddad. Inget har ändrats.' } };
  }
  const stopped = spec.write ? session.writes?.refusal() ?? null : null;
  if (stopped !== null) return refusedWrite(session, name, parsed.success ? parsed.data : undefined, stopped);
  if (!parsed.success) return { ok: false, error: validationError(parsed.error, input, spec.write).toData() };
  try {
    const handler = handlers[name] as (s: Session, i: unknown) => unknown;
    const { value, changed } = await collectChanges(() => handler(session, parsed.data));
    // A write's answer names what it changed (the renderer refetches only the reads of those tables).
    return spec.write || changed.length > 0 ? { ok: true, value, changed } : { ok: true, value };
  } catch (error) {
    // The write itself found that writing has stopped (the lock was taken over, the disk is full).
    const nowStopped = spec.write ? session.writes?.refusal() ?? null : null;
    if (nowStopped !== null) return refusedWrite(session, name, parsed.data, nowStopped);
    return { ok: false, error: toAnswer(name, error).toData() };
  }
}

/** Writing has stopped for this session: the change is kept for "Spara kopia som…" and refused with the reason. */
function refusedWrite(session: Session, name: CallName, input: unknown, message: string): Result<unknown> {
  if (input !== undefined) session.writes?.keep(name, input);
  return { ok: false, error: { kind: 'conflict', message } };
}

/** Refusals pass as they are; SQLite and system errors become Swedish (systemErrors.ts); anything unexplained is logged. */
function toAnswer(name: CallName, error: unknown): AppError {
  if (!isExplained(error)) console.error(`[api] ${name} failed`, error);
  return toAppError(error);
}
