import { randomToken } from './secrets';

/**
 * Signed-in sessions, kept in the server's memory only: a random 32-byte id (the cookie), the
 * person's account id and a CSRF token of its own. A session ends at its absolute expiry
 * (sessionHours after sign-in) or after idleMinutes without a request, whichever comes first;
 * a restart of the server signs everyone out.
 */
export interface SignedIn {
  id: string;
  userId: number;
  csrfToken: string;
  createdAt: number;
  lastSeen: number;
}

export interface SessionLimits {
  sessionHours: number;
  idleMinutes: number;
}

export class SessionStore {
  private readonly sessions = new Map<string, SignedIn>();

  constructor(private readonly limits: SessionLimits, private readonly clock: () => Date = () => new Date()) {}

  create(userId: number): SignedIn {
    const now = this.clock().getTime();
    const session: SignedIn = { id: randomToken(32), userId, csrfToken: randomToken(32), createdAt: now, lastSeen: now };
    this.sessions.set(session.id, session);
    this.sweep(now);
    return session;
  }

  /** The live session with this id (its idle time restarted), or null: unknown, expired or idle too long. */
  touch(id: string | null): SignedIn | null {
    if (id === null) return null;
    const session = this.sessions.get(id);
    if (!session) return null;
    const now = this.clock().getTime();
    if (this.expired(session, now)) {
      this.sessions.delete(id);
      return null;
    }
    session.lastSeen = now;
    return session;
  }

  /** Whether the session is still live, without restarting its idle time (an open event stream is not activity). */
  isLive(id: string): boolean {
    const session = this.sessions.get(id);
    return session !== undefined && !this.expired(session, this.clock().getTime());
  }

  remove(id: string): void {
    this.sessions.delete(id);
  }

  /** Seconds the cookie may live: the session's absolute expiry. */
  get maxAgeSeconds(): number {
    return this.limits.sessionHours * 3600;
  }

  private expired(session: SignedIn, now: number): boolean {
    return now - session.createdAt > this.limits.sessionHours * 3_600_000 || now - session.lastSeen > this.limits.idleMinutes * 60_000;
  }

  /** Forgets expired sessions, so the map does not grow with people who never sign out. */
  private sweep(now: number): void {
    for (const [id, session] of this.sessions) if (this.expired(session, now)) this.sessions.delete(id);
  }
}
