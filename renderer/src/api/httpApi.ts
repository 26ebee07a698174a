import type { RawApi } from '@shared/api/contract';
import { mapCalls } from './mapCalls';
import type { Result } from '@shared/errors';

/**
 * window.api for browser mode: the same calls as the Electron preload, over HTTP to the
 * loopback server that served this page. The per-run token arrives in the URL fragment
 * (never sent to a server) and is kept for this tab only.
 */
const TOKEN_KEY = 'planuppfoljning-token';

export function takeTokenFromUrl(): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/** What the page says when the server that served it cannot be reached. */
export const CONNECTION_LOST: Result<never> = {
  ok: false,
  error: { kind: 'internal', message: 'Kontakten med programmet bröts. Ladda om sidan.' },
};

/** POST /api/<call> with a JSON body and the given headers; a network failure is the Swedish message above. */
export async function postCall(name: string, input: unknown, headers: Record<string, string>): Promise<Response | null> {
  try {
    return await fetch(`/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return null;
  }
}

/** The answer's Result, or the connection message when there is none to read. */
export async function readResult(response: Response | null): Promise<Result<unknown>> {
  if (response === null) return CONNECTION_LOST;
  try {
    return (await response.json()) as Result<unknown>;
  } catch {
    return CONNECTION_LOST;
  }
}

export function createHttpApi(token: string | null): RawApi {
  const call = async (name: string, input: unknown): Promise<Result<unknown>> =>
    readResult(await postCall(name, input, { 'X-Planuppfoljning-Token': token ?? '' }));
  return mapCalls((name) => (input: unknown) => call(name, input));
}
