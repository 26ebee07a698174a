import type Database from 'better-sqlite3';
import { FAILURE_WINDOW_MS, LOCKOUT_MS, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP } from './signInRules';

/**
 * Lockout of local sign-in (rules in signInRules.ts), kept in the accounts file so a restart does not
 * reset it. Counted per login key whether or not an account has it, so a lockout says nothing about
 * whether the account exists.
 */
type Kind = 'login' | 'ip';
const LIMIT: Record<Kind, number> = { login: MAX_FAILURES_PER_ACCOUNT, ip: MAX_FAILURES_PER_IP };
const COLUMN: Record<Kind, 'login_key' | 'ip'> = { login: 'login_key', ip: 'ip' };

export function isLocked(db: Database.Database, loginKey: string, ip: string, nowMs: number): boolean {
  return db.prepare("SELECT 1 FROM lockout WHERE until_ms > ? AND ((kind = 'login' AND key = ?) OR (kind = 'ip' AND key = ?))")
    .get(nowMs, loginKey, ip) !== undefined;
}

/** Failures of one key within the window that came after its last lockout ended (a served lockout starts afresh). */
function recentFailures(db: Database.Database, kind: Kind, key: string, nowMs: number): number {
  const lastLockEnd = (db.prepare('SELECT until_ms FROM lockout WHERE kind = ? AND key = ?').pluck().get(kind, key) as number | undefined) ?? 0;
  const since = Math.max(nowMs - FAILURE_WINDOW_MS, lastLockEnd);
  return db.prepare(`SELECT count(*) FROM sign_in_failure WHERE ${COLUMN[kind]} = ? AND at_ms > ?`).pluck().get(key, since) as number;
}

/** How many more failures each key may have before it is locked (never below 0). */
export function failuresLeft(db: Database.Database, loginKey: string, ip: string, nowMs: number): { login: number; ip: number } {
  return {
    login: Math.max(0, LIMIT.login - recentFailures(db, 'login', loginKey, nowMs)),
    ip: Math.max(0, LIMIT.ip - recentFailures(db, 'ip', ip, nowMs)),
  };
}

/** Records a failed try; the try that reaches a limit locks its login key or address for LOCKOUT_MS. */
export function recordFailure(db: Database.Database, loginKey: string, ip: string, nowMs: number): void {
  db.transaction(() => {
    db.prepare('DELETE FROM sign_in_failure WHERE at_ms <= ?').run(nowMs - FAILURE_WINDOW_MS);
    db.prepare('DELETE FROM lockout WHERE until_ms <= ?').run(nowMs - FAILURE_WINDOW_MS);
    db.prepare('INSERT INTO sign_in_failure (login_key, ip, at_ms) VALUES (?, ?, ?)').run(loginKey, ip, nowMs);
    for (const [kind, key] of [['login', loginKey], ['ip', ip]] as const) {
      if (recentFailures(db, kind, key, nowMs) >= LIMIT[kind]) {
        db.prepare('INSERT INTO lockout (kind, key, until_ms) VALUES (?, ?, ?) ON CONFLICT (kind, key) DO UPDATE SET until_ms = excluded.until_ms')
          .run(kind, key, nowMs + LOCKOUT_MS);
      }
    }
  })();
}

/** A right password ends the account's run of failures (the address's count stays: it guards every account). */
export function clearLoginFailures(db: Database.Database, loginKey: string): void {
  db.prepare('DELETE FROM sign_in_failure WHERE login_key = ?').run(loginKey);
}
