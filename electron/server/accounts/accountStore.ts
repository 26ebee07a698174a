import type Database from 'better-sqlite3';
import { userInput } from '@shared/api/users';
import type { Caller, Role, UserAccount } from '@shared/domain/users';
import { invalid, notFound } from '@shared/errors';
import type { AccountDirectory } from '../../services/api/session';
import { validationError } from '../../services/api/validationMessages';
import { openAccountFile } from './accountFile';
import { accountById, accountByLogin, activeAdminIds, allAccounts, toCaller, toUserAccount, type AccountRow } from './accountRows';
import { saveAccount, type AccountChange } from './accountWrites';
import { loginKey } from './loginKey';
import { DECOY_HASH, verifyPassword } from './passwordHash';
import { clearLoginFailures, failuresLeft, isLocked, recordFailure } from './signInThrottle';
import { INACTIVE_MESSAGE, LOCKED_MESSAGE, NO_ACCOUNT_MESSAGE, WRONG_SIGN_IN_MESSAGE } from './signInRules';

export type SignInResult =
  | { ok: true; caller: Caller }
  | { ok: false; reason: 'wrong' | 'locked' | 'inactive' | 'unknown'; message: string };

export interface NewAccount { name: string; login: string; role: Role; bodyIds?: number[]; password?: string }

/** The server's accounts (t17-shared.md): sign-in, who a session's user is now, and the user administration. */
export interface AccountStore {
  /** Refused with AppError('validation') in Swedish, naming the field. */
  addUser(input: NewAccount): UserAccount;
  signInWithPassword(login: string, password: string, ip: string): Promise<SignInResult>;
  /** OIDC: the account whose login equals the identity's e-mail (case-insensitive), else refused. */
  signInWithIdentity(identity: { subject: string; email: string | null; name: string | null }, ip: string): SignInResult;
  /** Read at every request, so a changed role or a deactivation applies at once; null: no longer allowed in. */
  callerFor(userId: number): Caller | null;
  directory(): AccountDirectory;
  hasAdmin(): boolean;
  close(): void;
  // For the `user` command (run by whoever runs the server, so no administrator is named):
  /** Every account, sorted by name. */
  list(): UserAccount[];
  /** A new password for an existing login (the password rule applies). */
  resetPassword(login: string, password: string): UserAccount;
  /** Deactivates (or activates again) a login; the last active administrator stays. */
  setActive(login: string, active: boolean): UserAccount;
}

export interface AccountStoreOptions {
  clock?: () => Date;
  /** 'local' (default): a new account made in the user administration needs a password. 'oidc': it signs in through the identity provider. */
  authMode?: 'local' | 'oidc';
  /** The plan file's nämnd ids, so a rapportör cannot be given a nämnd that is not there. */
  knownBodyIds?: () => readonly number[];
}

/** Longer than any password the rule or a password manager makes: refused without hashing megabytes. */
const MAX_PASSWORD_CHARS = 1_000;

/** Opens (or creates) the accounts file at path; see accountFile.ts. */
export function openAccountStore(path: string, options: AccountStoreOptions = {}): AccountStore {
  const db: Database.Database = openAccountFile(path);
  const clock = options.clock ?? (() => new Date());
  const wrong = { ok: false, reason: 'wrong', message: WRONG_SIGN_IN_MESSAGE } as const;
  const locked = { ok: false, reason: 'locked', message: LOCKED_MESSAGE } as const;
  // Tries whose scrypt is still running: counted with the recorded failures, so a burst of parallel
  // guesses gets no more verifications than the limit allows (one server process owns the file).
  const inFlight = { login: new Map<string, number>(), ip: new Map<string, number>() };
  const track = (map: Map<string, number>, key: string, step: 1 | -1) => {
    const count = (map.get(key) ?? 0) + step;
    if (count > 0) map.set(key, count);
    else map.delete(key);
  };

  const save = (change: AccountChange, by: Caller | null, newNeedsPassword: boolean) => saveAccount(db, change, {
    by, newNeedsPassword, knownBodyIds: options.knownBodyIds, nowIso: clock().toISOString(),
  });
  const existing = (login: string): AccountRow => {
    const row = accountByLogin(db, login);
    if (!row) throw notFound(`Det finns inget konto med inloggningsnamnet ”${login.trim()}”. Inget har ändrats.`);
    return row;
  };
  const listAll = () => allAccounts(db).map((row) => toUserAccount(db, row));
  const signedIn = (row: AccountRow): SignInResult => {
    db.prepare('UPDATE account SET last_sign_in = ? WHERE id = ?').run(clock().toISOString(), row.id);
    return { ok: true, caller: toCaller(db, row) };
  };

  return {
    addUser(input) {
      const raw = { ...input, bodyIds: input.bodyIds ?? [] };
      const parsed = userInput.safeParse(raw);
      if (!parsed.success) throw validationError(parsed.error, raw, true);
      return save(parsed.data, null, false);
    },

    async signInWithPassword(login, password, ip) {
      // A login longer than any account's (300 characters) is still counted, under its first 300.
      const key = loginKey(login).slice(0, 300);
      const now = clock().getTime();
      if (isLocked(db, key, ip, now)) return locked;
      const left = failuresLeft(db, key, ip, now);
      if ((inFlight.login.get(key) ?? 0) >= left.login || (inFlight.ip.get(ip) ?? 0) >= left.ip) return locked;
      const row = key === '' ? undefined : accountByLogin(db, login);
      const tooLong = password.length > MAX_PASSWORD_CHARS;
      track(inFlight.login, key, 1);
      track(inFlight.ip, ip, 1);
      let matches: boolean;
      try {
        // An unknown login (or one without a password) still costs one scrypt, so timing does not tell them apart.
        matches = !tooLong && await verifyPassword(password, row?.password_hash ?? DECOY_HASH) && !!row?.password_hash;
      } finally {
        track(inFlight.login, key, -1);
        track(inFlight.ip, ip, -1);
      }
      if (!matches || !row) {
        recordFailure(db, key, ip, now);
        return wrong;
      }
      if (row.active !== 1) return { ok: false, reason: 'inactive', message: INACTIVE_MESSAGE };
      clearLoginFailures(db, key);
      return signedIn(row);
    },

    signInWithIdentity(identity) {
      const row = identity.email ? accountByLogin(db, identity.email) : undefined;
      if (!row) return { ok: false, reason: 'unknown', message: NO_ACCOUNT_MESSAGE };
      if (row.active !== 1) return { ok: false, reason: 'inactive', message: NO_ACCOUNT_MESSAGE };
      return signedIn(row);
    },

    callerFor(userId) {
      const row = accountById(db, userId);
      return row && row.active === 1 ? toCaller(db, row) : null;
    },

    directory() {
      return {
        list: listAll,
        save: (input, by) => save(input, by, options.authMode !== 'oidc'),
      };
    },

    hasAdmin: () => activeAdminIds(db).length > 0,
    close: () => db.close(),
    list: listAll,

    resetPassword(login, password) {
      // An empty password means "unchanged" in a save; here it is a mistake.
      if (password === '') throw invalid('password', 'Lösenord: måste fyllas i. Inget har ändrats.');
      const account = toUserAccount(db, existing(login));
      return save({ ...account, password }, null, false);
    },

    setActive(login, active) {
      const account = toUserAccount(db, existing(login));
      return save({ ...account, active }, null, false);
    },
  };
}
