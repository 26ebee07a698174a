import type { IncomingMessage } from 'node:http';

/**
 * Reading a request's body for the HTTP bridges: at most `limit` bytes, and within `deadlineMs`
 * (a slowloris body, dribbled a byte at a time, is cut off instead of holding its socket forever;
 * reading is asynchronous, so meanwhile every other request is answered).
 */
export type BodyRead = { ok: true; bytes: Buffer } | { ok: false; status: 413 | 408 | 400; message: string };

/** The most an API call may carry: a 5 MB upload as base64 in JSON, and a little more. */
export const API_BODY_LIMIT = 8 * 1024 * 1024;

export const TOO_LARGE_MESSAGE = 'Anropet är för stort. Inget har ändrats.';
export const TOO_SLOW_MESSAGE = 'Anropet kom för långsamt och avbröts. Inget har ändrats.';
const BROKEN_MESSAGE = 'Anropet avbröts innan det kom fram. Inget har ändrats.';

export async function readBody(req: IncomingMessage, options: { limit: number; deadlineMs?: number }): Promise<BodyRead> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > options.limit) return { ok: false, status: 413, message: TOO_LARGE_MESSAGE };
  return new Promise<BodyRead>((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (answer: BodyRead): void => {
      if (done) return;
      done = true;
      if (timer) clearTimeout(timer);
      req.removeListener('data', onData);
      req.removeListener('end', onEnd);
      req.removeListener('error', onError);
      // What is left of a refused body is not read: it cannot keep the socket busy.
      if (!answer.ok) req.pause();
      resolve(answer);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > options.limit) return finish({ ok: false, status: 413, message: TOO_LARGE_MESSAGE });
      chunks.push(chunk);
    };
    const onEnd = (): void => finish({ ok: true, bytes: Buffer.concat(chunks) });
    const onError = (): void => finish({ ok: false, status: 400, message: BROKEN_MESSAGE });
    const timer = options.deadlineMs === undefined ? null : setTimeout(() => finish({ ok: false, status: 408, message: TOO_SLOW_MESSAGE }), options.deadlineMs);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/**
 * The body as JSON, or the Swedish reason it is not. Invalid UTF-8 is refused, not read as U+FFFD:
 * a silently replaced character would be saved as if the user had typed it.
 */
export function parseJsonBody(bytes: Buffer): { ok: true; input: unknown } | { ok: false; message: string } {
  const text = decodeUtf8(bytes);
  if (text === null) return { ok: false, message: 'Anropet innehåller tecken som inte går att läsa (texten är inte UTF-8). Inget har ändrats.' };
  try {
    return { ok: true, input: text.length === 0 ? {} : JSON.parse(text) };
  } catch {
    return { ok: false, message: 'Indata är inte giltig JSON. Inget har ändrats.' };
  }
}

/** Strict UTF-8, or null. */
export function decodeUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The call's name from a URL under /api/; a broken percent-encoding is no call's name. */
export function callName(url: string): string | null {
  try {
    return decodeURIComponent(url.slice('/api/'.length).split('?')[0]);
  } catch {
    return null;
  }
}
