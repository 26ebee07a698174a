import { AppError } from '@shared/errors';
import type { Handlers, Session } from '../api/session';
import type { AccountDirectory } from '../api/session';

export const NO_ACCOUNTS_MESSAGE = 'Användare finns bara när planen körs på en server. Inget har ändrats.';

function accountsOf(session: Session): AccountDirectory {
  if (!session.accounts || !session.caller) throw new AppError('conflict', NO_ACCOUNTS_MESSAGE);
  return session.accounts;
}

/** User administration (shared/api/users.ts): the server's account store does the work. */
export const userHandlers = {
  listUsers: (s) => accountsOf(s).list(),
  saveUser: (s, input) => accountsOf(s).save(input, s.caller!),
} satisfies Partial<Handlers>;
