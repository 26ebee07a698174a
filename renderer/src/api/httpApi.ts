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

export function createHttpApi(token: string | null): RawApi {
  const call = async (name: string, input: unknown): Promise<Result<unknown>> => {
    try {
      const response = await fetch(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Planuppfoljning-Token': token ?? '' },
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { kind: 'internal', message: 'Kontakten med programmet bröts. Ladda om sidan.' } };
    }
  };
  return mapCalls((name) => (input: unknown) => call(name, input));
}
