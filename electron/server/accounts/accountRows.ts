import type Database from 'better-sqlite3';
import type { Caller, Role, UserAccount } from '@shared/domain/users';
import { loginKey } from './loginKey';

/** The account table's rows and their domain form, converted here only. */
export interface AccountRow {
  id: number;
  name: string;
  login: string;
  role: Role;
  active: number;
  password_hash: string | null;
  last_sign_in: string | null;
}

export function bodyIdsOf(db: Database.Database, accountId: number): number[] {
  return (db.prepare('SELECT body_id FROM account_body WHERE account_id = ? ORDER BY body_id').pluck().all(accountId) as number[]);
}

export function toUserAccount(db: Database.Database, row: AccountRow): UserAccount {
  return { id: row.id, name: row.name, login: row.login, role: row.role, bodyIds: bodyIdsOf(db, row.id), active: row.active === 1, lastSignIn: row.last_sign_in };
}

/** The caller a row signs in as; only a rapportör reports for nämnder. */
export function toCaller(db: Database.Database, row: AccountRow): Caller {
  return { userId: row.id, name: row.name, role: row.role, bodyIds: row.role === 'rapportor' ? bodyIdsOf(db, row.id) : [] };
}

export function accountById(db: Database.Database, id: number): AccountRow | undefined {
  return db.prepare('SELECT * FROM account WHERE id = ?').get(id) as AccountRow | undefined;
}

export function accountByLogin(db: Database.Database, login: string): AccountRow | undefined {
  return db.prepare('SELECT * FROM account WHERE login_key = ?').get(loginKey(login)) as AccountRow | undefined;
}

export function allAccounts(db: Database.Database): AccountRow[] {
  return db.prepare('SELECT * FROM account ORDER BY name COLLATE NOCASE, id').all() as AccountRow[];
}

export function activeAdminIds(db: Database.Database): number[] {
  return db.prepare("SELECT id FROM account WHERE role = 'admin' AND active = 1").pluck().all() as number[];
}
