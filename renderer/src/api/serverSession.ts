import type { Caller } from '@shared/domain/users';

/** What GET /auth/session tells a page served by `planuppfoljning serve` (see electron/server/). */
export interface ServerSession {
  user: Caller;
  csrfToken: string;
  server: { name: string; authMode: 'local' | 'oidc' };
}

/** Where the server's sign-in page is; the page goes there when nobody is signed in. */
export const SIGN_IN_PATH = '/auth/login';

/**
 * The signed-in session, `'signed-out'` (401: go to the sign-in page) or `'no-server'` (the page
 * was not served by a server that has sessions, e.g. browser mode opened without its token).
 * A network failure throws, as any failed fetch does.
 */
export async function fetchServerSession(fetchFn: typeof fetch = fetch): Promise<ServerSession | 'signed-out' | 'no-server'> {
  const response = await fetchFn('/auth/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (response.status === 401) return 'signed-out';
  if (!response.ok) return 'no-server';
  const body = await response.json().catch(() => null) as Partial<ServerSession> | null;
  if (!body || typeof body.csrfToken !== 'string' || !body.user || !body.server) return 'no-server';
  return body as ServerSession;
}

/** A random id for this tab: the server names the writing tab in its change events, so a tab skips its own. */
export function newTabId(): string {
  return crypto.randomUUID();
}
