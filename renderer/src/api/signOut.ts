import { SIGN_IN_PATH } from './serverSession';

/**
 * Logga ut (server mode): POST /auth/logout with the CSRF token ends the session on the server;
 * the page then goes where the server says (its sign-in page, or the identity provider's logout).
 * Returns the Swedish reason when the server could not be reached.
 */
export async function signOut(csrfToken: string, go: (url: string) => void = (url) => window.location.assign(url)): Promise<string | null> {
  let redirectTo = SIGN_IN_PATH;
  try {
    const response = await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin', headers: { 'X-CSRF-Token': csrfToken } });
    const body = await response.json().catch(() => null) as { ok?: boolean; value?: { redirectTo?: unknown } } | null;
    if (body?.ok === true && typeof body.value?.redirectTo === 'string') redirectTo = body.value.redirectTo;
  } catch {
    return 'Kontakten med servern bröts, så du är kanske inte utloggad. Försök igen.';
  }
  go(redirectTo);
  return null;
}
