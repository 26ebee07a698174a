import type { RawApi } from '@shared/api/contract';
import type { Result } from '@shared/errors';
import { postCall, readResult } from './httpApi';
import { mapCalls } from './mapCalls';
import type { ServerSession } from './serverSession';

/** Said instead of the answer to a call made after the session ended: nothing was saved, nothing typed is lost. */
export const SIGNED_OUT_MESSAGE = 'Du är inte längre inloggad, så inget sparades. Det du har skrivit finns kvar: logga in igen och försök sedan på nytt.';

export interface ServerConnection {
  tabId: string;
  /** The session this tab knows (its CSRF token goes on every call). */
  session: () => ServerSession | null;
  /** Reads /auth/session again (after signing in anew, the token is new); null when still signed out. */
  refresh: () => Promise<ServerSession | null>;
  /** The server said 401: the session has ended (expired, signed out elsewhere). */
  onSignedOut: () => void;
}

/**
 * window.api for a page served by `planuppfoljning serve`: each call is POST /api/<call>, authenticated
 * by the session cookie plus the CSRF token in a header, and names this tab. A 401 means the session
 * ended: the call is refused in Swedish and the page says how to sign in again, while every open
 * form keeps its values. A 403 may be a CSRF token from an earlier session (signed in again in
 * another tab): with a new token the call is made once more — it was refused before anything ran.
 */
export function createServerApi(connection: ServerConnection): RawApi {
  let signedOut = false;
  const headers = (session: ServerSession | null): Record<string, string> => ({
    'X-CSRF-Token': session?.csrfToken ?? '',
    'X-Planuppfoljning-Tab': connection.tabId,
  });

  const call = async (name: string, input: unknown): Promise<Result<unknown>> => {
    let session = connection.session();
    // After a 401, first see whether the person has signed in again meanwhile.
    if (signedOut) session = (await connection.refresh()) ?? session;
    let response = await postCall(name, input, headers(session));
    if (response?.status === 403) {
      const fresh = await connection.refresh();
      if (fresh !== null && fresh.csrfToken !== session?.csrfToken) response = await postCall(name, input, headers(fresh));
    }
    if (response?.status === 401) {
      signedOut = true;
      connection.onSignedOut();
      return { ok: false, error: { kind: 'unauthorized', message: SIGNED_OUT_MESSAGE } };
    }
    if (response !== null) signedOut = false;
    return readResult(response);
  };
  return mapCalls((name) => (input: unknown) => call(name, input));
}
