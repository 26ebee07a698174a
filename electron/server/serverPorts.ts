import type { AccountStore } from './accounts/accountStore';

/**
 * What the HTTP layer asks of the account store: signing in, and the caller behind a session at
 * every request, so a changed role or a deactivation applies at once. Tests give a small fake.
 */
export type ServerAccounts = Pick<AccountStore, 'signInWithPassword' | 'signInWithIdentity' | 'callerFor' | 'directory' | 'hasAdmin' | 'close'>;
