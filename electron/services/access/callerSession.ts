import type { Caller } from '@shared/domain/users';
import type { Session } from '../api/session';

/**
 * Who an undo entry belongs to in server mode: the account, not a computer (undo_entry.host). Names
 * may repeat or change; the account id does not.
 */
export function accountHost(caller: Pick<Caller, 'userId'>): string {
  return `konto ${caller.userId}`;
}

/**
 * The session a signed-in person's call runs in: the change log names them (user), their undo
 * entries are theirs (host), and the services know the caller (ctx.caller). Without a caller
 * (desktop, CLI, browser mode) the session is used as it is.
 */
export function sessionOfCaller(session: Session): Session {
  const caller = session.caller;
  if (!caller) return session;
  return { ...session, ctx: { ...session.ctx, user: caller.name, host: accountHost(caller), caller } };
}
