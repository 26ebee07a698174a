import type { ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '@shared/security';

/** Answers and refusals of the HTTP bridges (browser mode and the server), with the same security headers. */

export const JSON_TYPE = 'application/json; charset=utf-8';
export const TEXT_TYPE = 'text/plain; charset=utf-8';
export const HTML_TYPE = 'text/html; charset=utf-8';

export function send(res: ServerResponse, status: number, body: string | Buffer, type = JSON_TYPE, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'same-origin',
    ...headers,
  });
  res.end(body);
}

/** A refusal in the API's answer shape: `{ ok: false, error: { kind, message } }`. */
export const refusal = (kind: string, message: string): string => JSON.stringify({ ok: false, error: { kind, message } });
