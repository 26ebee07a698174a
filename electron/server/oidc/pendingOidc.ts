/**
 * A sign-in begun at the identity provider and not yet back: kept by the server between
 * /auth/oidc/start and the callback. Apart from oidcSignIn.ts so the routes need not load
 * openid-client on a server with local accounts.
 */
export interface PendingOidc {
  codeVerifier: string;
  state: string;
  nonce: string;
  /** When begin ran (ms since 1970, from the clock given to createOidcSignIn). */
  createdAt: number;
}

/** How long a started sign-in may take, from begin to the callback. */
export const OIDC_PENDING_MAX_AGE_MS = 10 * 60 * 1000;

/** At most this many sign-ins wait at once; past it the oldest is dropped, so repeated starts cannot fill memory. */
export const OIDC_PENDING_MAX = 1_000;

/** Drops sign-ins older than the limit and, past OIDC_PENDING_MAX, the oldest, leaving room for one more. */
export function prunePending(pending: Map<string, PendingOidc>, now: number): void {
  for (const [id, entry] of pending) if (now - entry.createdAt > OIDC_PENDING_MAX_AGE_MS) pending.delete(id);
  // A Map keeps insertion order: the first key is the oldest sign-in.
  while (pending.size >= OIDC_PENDING_MAX) pending.delete(pending.keys().next().value!);
}
