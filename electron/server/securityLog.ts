import { appendFileSync } from 'node:fs';

/**
 * The server's security log: one JSON line per refusal (time, ip, user if known, what was asked,
 * why it was refused), appended to a file that kommun IT can read or ship. It never holds a
 * password, a cookie, a token or a request body: only what the entry's fields say.
 */
export interface SecurityEvent {
  ip: string;
  /** The signed-in person's name or the login tried; null when unknown. */
  user: string | null;
  /** What was asked, e.g. "POST /api/createBody" or "inloggning". */
  what: string;
  /** The Swedish reason it was refused. */
  why: string;
}

export interface SecurityLog {
  write(event: SecurityEvent): void;
}

export function openSecurityLog(path: string, clock: () => Date = () => new Date()): SecurityLog {
  return {
    write(event) {
      const line = JSON.stringify({ time: clock().toISOString(), ip: event.ip, user: event.user, what: event.what.slice(0, 300), why: event.why });
      try {
        appendFileSync(path, `${line}\n`, { encoding: 'utf8', mode: 0o600 });
      } catch (error) {
        // A log that cannot be written must not stop the refusal itself; the service's own log says why.
        console.error('[säkerhetslogg] kunde inte skrivas', path, error);
      }
    },
  };
}

/** Only the path of a URL is logged: a query string may carry a code or a state. */
export function loggedPath(url: string | undefined): string {
  return (url ?? '/').split('?')[0];
}
