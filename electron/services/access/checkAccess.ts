import type { Database } from 'better-sqlite3';
import { CALL_ACCESS } from '@shared/api/callSpec';
import { contract, type CallName } from '@shared/api/contract';
import { AppError } from '@shared/errors';
import type { Caller } from '@shared/domain/users';
import { OWN_ACCOUNT_REFUSAL, roleRefusal, scopeRefusal } from './accessMessages';
import { REPORT_SCOPES, type Scope } from './reportScopes';

/**
 * Roles in server mode (issue 17), checked by dispatch for every call made by a signed-in person,
 * before the handler runs: the contract marks what each call needs (shared/api/callSpec.ts CALL_ACCESS).
 * - 'read': everyone; 'admin': the administratör; 'report': the administratör, and a rapportör for
 *   the rows of its own nämnder (reportScopes.ts).
 * A call without a known mark is refused to everyone, so a forgotten mark cannot open a call.
 */
const unauthorized = (message: string): AppError => new AppError('unauthorized', message);

/** May this role make this call at all? Checked before the input is read. */
export function refuseByRole(caller: Caller, name: CallName): AppError | null {
  const spec = contract[name];
  if (!(CALL_ACCESS as readonly string[]).includes(spec.access)) return unauthorized(roleRefusal(caller.role, spec.write));
  if (caller.role === 'admin' || spec.access === 'read') return null;
  if (name === 'saveUser') return unauthorized(OWN_ACCOUNT_REFUSAL);
  if (spec.access === 'report' && caller.role === 'rapportor') return null;
  return unauthorized(roleRefusal(caller.role, spec.write));
}

function bodyNames(db: Database, bodyIds: readonly number[]): string[] {
  if (bodyIds.length === 0) return [];
  return (db.prepare(`SELECT name FROM body WHERE id IN (${bodyIds.map(() => '?').join(', ')}) ORDER BY name COLLATE NOCASE`).all(...bodyIds) as { name: string }[])
    .map((row) => row.name);
}

/** A rapportör's 'report' call, once its input is valid: only for rows of its own nämnder. */
export function refuseByScope(db: Database, caller: Caller, name: CallName, input: unknown): AppError | null {
  const spec = contract[name];
  if (caller.role !== 'rapportor' || spec.access !== 'report') return null;
  const finder = REPORT_SCOPES[name] as ((db: Database, input: unknown) => Scope) | undefined;
  if (!finder) return unauthorized(roleRefusal(caller.role, spec.write));
  const scope = finder(db, input);
  const mine = new Set(caller.bodyIds);
  if (scope.groups.every((group) => group.some((bodyId) => mine.has(bodyId)))) return null;
  return unauthorized(scopeRefusal(scope.subject, bodyNames(db, caller.bodyIds), spec.write));
}
