import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Session } from '../services/api/handlers';
import { runCall } from '../services/api/runCall';
import { readStaticFile } from '../services/staticFiles';
import { CONTENT_SECURITY_POLICY } from '@shared/security';
import type { CallServices } from '../host/callServices';

/**
 * Browser mode: the built renderer and the same API on 127.0.0.1, for tests and for machines
 * where Electron cannot run. Never part of the packaged app. Every API call needs the per-run
 * token; a request from another Origin or for another Host (DNS rebinding) is refused.
 */
export interface WebServer {
  url: string;
  origin: string;
  token: string;
  server: Server;
  close: () => Promise<void>;
}

export type WebServerOptions = {
  rendererDir: string;
  port?: number;
  token?: string;
} & ({ call: CallServices } | { getSession: () => Session | null });

export const TOKEN_HEADER = 'x-planuppfoljning-token';
const MAX_BODY_BYTES = 8 * 1024 * 1024;

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function tokenMatches(given: string | string[] | undefined, token: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The body's bytes, or null when it is larger than the bridge takes. */
async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The body as JSON, or the Swedish reason it is not. Invalid UTF-8 is refused, not read as U+FFFD:
 * a silently replaced character would be saved as if the user had typed it.
 */
function parseBody(bytes: Buffer): { ok: true; input: unknown } | { ok: false; message: string } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: 'Anropet innehåller tecken som inte går att läsa (texten är inte UTF-8). Inget har ändrats.' };
  }
  try {
    return { ok: true, input: text.length === 0 ? {} : JSON.parse(text) };
  } catch {
    return { ok: false, message: 'Indata är inte giltig JSON. Inget har ändrats.' };
  }
}

/** The call's name from the URL; a broken percent-encoding is no call's name. */
function callName(url: string): string | null {
  try {
    return decodeURIComponent(url.slice('/api/'.length).split('?')[0]);
  } catch {
    return null;
  }
}

const refusal = (kind: string, message: string) => JSON.stringify({ ok: false, error: { kind, message } });

async function serveStatic(res: ServerResponse, rendererDir: string, url: string): Promise<void> {
  const file = await readStaticFile(rendererDir, url.split('?')[0]);
  if (file === null) return send(res, 404, 'Hittades inte', 'text/plain; charset=utf-8');
  send(res, 200, file.body, file.contentType);
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const call: CallServices = 'call' in options ? options.call : (name, input) => runCall(options.getSession(), name, input);
  let origin = '';
  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, refusal('internal', 'Ett oväntat fel inträffade. Inget har ändrats.')));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host;
    if (host !== new URL(origin).host) return send(res, 403, refusal('unauthorized', 'Fel värd.'));
    const url = req.url ?? '/';
    if (!url.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Sidor hämtas med GET.', 'text/plain; charset=utf-8');
      return serveStatic(res, options.rendererDir, url);
    }
    const requestOrigin = req.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin) {
      return send(res, 403, refusal('unauthorized', 'Anrop från en annan webbplats tas inte emot.'));
    }
    if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
      return send(res, 401, refusal('unauthorized', 'Nyckel saknas eller är fel.'));
    }
    if (req.method !== 'POST') return send(res, 405, refusal('validation', 'Anrop görs med POST.'));
    const name = callName(url);
    if (name === null) return send(res, 400, refusal('validation', 'Okänt anrop.'));
    const body = await readBody(req);
    if (body === null) return send(res, 413, refusal('validation', 'Anropet är för stort. Inget har ändrats.'));
    const parsed = parseBody(body);
    if (!parsed.ok) return send(res, 400, refusal('validation', parsed.message));
    send(res, 200, JSON.stringify(await call(name, parsed.input)));
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    server,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export function rendererDirFrom(root: string): string {
  return join(root, 'out', 'renderer');
}
