import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Session } from '../services/api/handlers';
import { runCall } from '../services/api/runCall';
import { readStaticFile } from '../services/staticFiles';
import type { CallServices } from '../host/callServices';
import { callName, parseJsonBody, readBody, API_BODY_LIMIT } from '../server/http/requestBody';
import { refusal, send, TEXT_TYPE } from '../server/http/respond';
import { randomToken, tokenMatches } from '../server/http/secrets';

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

async function serveStatic(res: ServerResponse, rendererDir: string, url: string): Promise<void> {
  const file = await readStaticFile(rendererDir, url.split('?')[0]);
  if (file === null) return send(res, 404, 'Hittades inte', TEXT_TYPE);
  send(res, 200, file.body, file.contentType);
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomToken(24);
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
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Sidor hämtas med GET.', TEXT_TYPE);
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
    const body = await readBody(req, { limit: API_BODY_LIMIT });
    if (!body.ok) return send(res, body.status, refusal('validation', body.message));
    const parsed = parseJsonBody(body.bytes);
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
