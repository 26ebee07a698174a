import type Database from 'better-sqlite3';
import type { Caller, Role, UserAccount } from '@shared/domain/users';
import { AppError, notFound, type FieldProblem } from '@shared/errors';
import { accountById, accountByLogin, activeAdminIds, toUserAccount } from './accountRows';
import { loginKey } from './loginKey';
import { hashPassword } from './passwordHash';
import { passwordProblem } from './passwordRule';

/** One account as it is to be after a save (no id: a new one). An empty password means "unchanged". */
export interface AccountChange {
  id?: number;
  name: string;
  login: string;
  role: Role;
  bodyIds: number[];
  active: boolean;
  password?: string;
}

export interface SaveRules {
  /** The administrator saving (the user administration); null for the `user` command, run by whoever runs the server. */
  by: Caller | null;
  /** Local sign-in: a new account cannot sign in without a password. */
  newNeedsPassword: boolean;
  /** The plan file's nämnder, when the caller knows them: other ids are refused. */
  knownBodyIds?: () => readonly number[];
  nowIso: string;
}

/** The problems of a change, each naming the field as the user administration names it. */
function problemsOf(db: Database.Database, change: AccountChange, existing: UserAccount | null, rules: SaveRules): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const clash = accountByLogin(db, change.login);
  if (clash && clash.id !== change.id) add('login', `Inloggningsnamn: ”${change.login.trim()}” används redan av ett annat konto.`);
  if (change.role === 'rapportor' && change.bodyIds.length === 0) add('bodyIds', 'Nämnder: en rapportör behöver minst en nämnd.');
  if (rules.knownBodyIds && change.role === 'rapportor') {
    const known = new Set(rules.knownBodyIds());
    const unknown = change.bodyIds.filter((id) => !known.has(id));
    if (unknown.length > 0) add('bodyIds', `Nämnder: ${unknown.length === 1 ? `nämnden med id ${unknown[0]} finns` : `nämnderna med id ${unknown.join(', ')} finns`} inte i planfilen.`);
  }
  const self = existing !== null && rules.by?.userId === existing.id;
  if (self && existing.role === 'admin' && change.role !== 'admin') add('role', 'Roll: du kan inte ta bort din egen administratörsroll.');
  if (self && existing.active && !change.active) add('active', 'Aktiv: du kan inte inaktivera ditt eget konto.');
  // Whoever saves, an administrator who stops being one must leave another behind.
  const stopsAdmin = existing?.role === 'admin' && existing.active && (change.role !== 'admin' || !change.active);
  if (stopsAdmin && !self && activeAdminIds(db).every((id) => id === existing.id)) {
    add(change.active ? 'role' : 'active', 'Det måste finnas minst en aktiv administratör. Lägg till en annan administratör först.');
  }
  if (change.password) {
    const problem = passwordProblem(change.password, change.login);
    if (problem) add('password', `Lösenord: ${problem}`);
  } else if (!existing && rules.newNeedsPassword) {
    add('password', 'Lösenord: ett nytt konto behöver ett lösenord.');
  }
  return problems;
}

/**
 * Creates or changes an account under the user administration's rules (a unique login, a rapportör's
 * nämnder, an administrator keeps their own role and access, always one active administrator, the
 * password rule). Refused as a whole with every problem named; nothing is written then.
 */
export function saveAccount(db: Database.Database, change: AccountChange, rules: SaveRules): UserAccount {
  // Hashed before the write transaction, so scrypt's tenth of a second does not hold the file's write lock.
  const hash = change.password && passwordProblem(change.password, change.login) === null ? hashPassword(change.password) : null;
  return db.transaction(() => {
    const row = change.id === undefined ? undefined : accountById(db, change.id);
    if (change.id !== undefined && !row) throw notFound(`Kontot finns inte (id ${change.id}). Inget har sparats.`);
    const existing = row ? toUserAccount(db, row) : null;
    const normalised = { ...change, bodyIds: change.role === 'rapportor' ? [...new Set(change.bodyIds)].sort((a, b) => a - b) : [] };
    const problems = problemsOf(db, normalised, existing, rules);
    if (problems.length > 0) throw new AppError('validation', `${problems.map((p) => p.message).join(' ')} Inget har sparats.`, problems);

    const values = { name: change.name.trim(), login: change.login.trim(), login_key: loginKey(change.login), role: change.role, active: change.active ? 1 : 0 };
    let id: number;
    if (existing) {
      id = existing.id;
      db.prepare('UPDATE account SET name = @name, login = @login, login_key = @login_key, role = @role, active = @active WHERE id = @id').run({ ...values, id });
    } else {
      id = Number(db.prepare('INSERT INTO account (name, login, login_key, role, active, created_at) VALUES (@name, @login, @login_key, @role, @active, @created_at)')
        .run({ ...values, created_at: rules.nowIso }).lastInsertRowid);
    }
    if (hash) db.prepare('UPDATE account SET password_hash = ? WHERE id = ?').run(hash, id);
    db.prepare('DELETE FROM account_body WHERE account_id = ?').run(id);
    const insertBody = db.prepare('INSERT INTO account_body (account_id, body_id) VALUES (?, ?)');
    for (const bodyId of normalised.bodyIds) insertBody.run(id, bodyId);
    return toUserAccount(db, accountById(db, id)!);
  }).immediate();
}
