import { contract, isCallName, type CallName } from '@shared/api/contract';
import type { AppError, Result } from '@shared/errors';
import { collectChanges } from '../changedTables';
import { refuseByRole, refuseByScope } from '../access/checkAccess';
import { sessionOfCaller } from '../access/callerSession';
import { inTransaction } from '../records';
import { refuseOldVersion } from '../versions/checkVersion';
import { isVersionedCall } from '../versions/versionedUpdates';
import { handlers, type Session } from './handlers';
import { isExplained, toAppError } from './systemErrors';
import { validationError } from './validationMessages';

/**
 * The single entry for every API call, from IPC and from the HTTP bridge alike: the name must be
 * in the contract, the input must pass its schema before any service sees it, and every error
 * comes back as data with a Swedish message — never as a thrown exception or a stack trace.
 * In server mode (a signed-in caller) the role is checked before anything else is read, and the
 * call runs as that person (electron/services/access/). Most services are synchronous; exports
 * (DOCX, PDF) are not, so the answer is always a promise.
 */
export async function dispatch(fileSession: Session | null, name: unknown, input: unknown): Promise<Result<unknown>> {
  if (!isCallName(name)) {
    return { ok: false, error: { kind: 'validation', message: 'Okänt anrop.' } };
  }
  if (fileSession === null) {
    return { ok: false, error: { kind: 'conflict', message: 'Ingen planfil är öppen.' } };
  }
  const session = sessionOfCaller(fileSession);
  const caller = session.caller;
  const byRole = caller ? refuseByRole(caller, name) : null;
  if (byRole !== null) return { ok: false, error: byRole.toData() };
  const spec = contract[name];
  const parsed = spec.input.safeParse(input ?? {});
  if (spec.write && session.readOnly) {
    return { ok: false, error: { kind: 'conflict', message: 'Planfilen är öppnad skrivskyddad. Inget har ändrats.' } };
  }
  const byScope = caller && parsed.success ? refuseByScope(session.ctx.db, caller, name, parsed.data) : null;
  if (byScope !== null) return { ok: false, error: byScope.toData() };
  const stopped = spec.write ? session.writes?.refusal() ?? null : null;
  if (stopped !== null) return refusedWrite(session, name, parsed.success ? parsed.data : undefined, stopped);
  if (!parsed.success) return { ok: false, error: validationError(parsed.error, input, spec.write).toData() };
  try {
    const { value, changed } = await collectChanges(() => runHandler(session, name, parsed.data));
    // A write's answer names what it changed (the renderer refetches only the reads of those tables).
    return spec.write || changed.length > 0 ? { ok: true, value, changed } : { ok: true, value };
  } catch (error) {
    // The write itself found that writing has stopped (the lock was taken over, the disk is full).
    const nowStopped = spec.write ? session.writes?.refusal() ?? null : null;
    if (nowStopped !== null) return refusedWrite(session, name, parsed.data, nowStopped);
    return { ok: false, error: toAnswer(name, error).toData() };
  }
}

/**
 * An update given the version its form loaded is checked in the same transaction as the save
 * (versions/checkVersion.ts); the service's own transaction joins it. Those services are synchronous.
 */
function runHandler(session: Session, name: CallName, input: unknown): unknown {
  const handler = handlers[name] as (s: Session, i: unknown) => unknown;
  if (!isVersionedCall(name) || (input as { version?: number }).version === undefined) return handler(session, input);
  return inTransaction(session.ctx, () => {
    refuseOldVersion(session.ctx, name, input as never);
    return handler(session, input);
  });
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
