import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Session } from '../../services/api/handlers';
import { isExplained } from '../../services/api/systemErrors';
import type { AuthConfig } from '../config';
import { loggedPath, type SecurityLog } from '../securityLog';
import type { OidcSignIn } from '../oidc/oidcSignIn';
import type { ServerAccounts } from '../serverPorts';
import { handleApi } from './apiRoutes';
import { handleAuth } from './authRoutes';
import { readCookie, SESSION_COOKIE } from './cookies';
import { EventHub } from './eventHub';
import { downloadPlanFile } from './planFileDownload';
import { clientIp, overTls } from './requestInfo';
import { API_BODY_LIMIT } from './requestBody';
import { refusal, send, TEXT_TYPE } from './respond';
import type { ServerContext, ServerLimits } from './serverContext';
import { SessionStore } from './sessions';
import { handleStatic } from './staticRoutes';

/**
 * The server's HTTP layer: sign-in, the API with the signed-in person's session, live updates,
 * the renderer's files and the plan file's download. Every request first passes the Host check
 * (DNS rebinding) and, for a POST, the Origin check; every refusal is answered in Swedish and
 * written to the security log.
 */
export interface StartServerOptions {
  rendererDir: string;
  files: { current(): Session | null };
  accounts: ServerAccounts;
  oidc?: OidcSignIn | null;
  securityLog: SecurityLog;
  name: string;
  auth: AuthConfig;
  host?: string;
  port?: number;
  /** Certificate and key (PEM contents): the server speaks HTTPS. */
  tls?: { cert: string | Buffer; key: string | Buffer } | null;
  trustedProxy?: string | null;
  /** The origin people open (config publicUrl); default the listening address. */
  publicUrl?: string | null;
  sessionHours: number;
  idleMinutes: number;
  limits?: Partial<ServerLimits>;
  clock?: () => Date;
}

export const DEFAULT_LIMITS: ServerLimits = {
  apiBody: API_BODY_LIMIT,
  authBody: 16 * 1024,
  bodyDeadlineMs: 60_000,
  headersTimeoutMs: 15_000,
  requestTimeoutMs: 120_000,
};

export interface RunningServer {
  /** The listening origin, e.g. http://127.0.0.1:8470. */
  origin: string;
  publicOrigin: string;
  server: Server;
  hub: EventHub;
  close(): Promise<void>;
}

const UNEXPECTED_MESSAGE = 'Ett oväntat fel inträffade. Inget har ändrats.';
const WRONG_HOST_MESSAGE = 'Fel värd.';
const WRONG_ORIGIN_MESSAGE = 'Anrop från en annan webbplats tas inte emot.';

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const clock = options.clock ?? (() => new Date());
  const tls = options.tls ?? null;
  const trustedProxy = options.trustedProxy ?? null;
  // A client that sends its headers or its whole request too slowly is cut off by Node itself as well;
  // Node looks for such clients every connectionsCheckingInterval (30 s by default, too seldom here).
  const timeouts = {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: Math.max(250, Math.min(limits.headersTimeoutMs, 30_000) / 2),
  };
  const server: Server = tls ? createHttpsServer({ ...timeouts, cert: tls.cert, key: tls.key }) : createHttpServer(timeouts);
  const hub = new EventHub();
  const sessions = new SessionStore({ sessionHours: options.sessionHours, idleMinutes: options.idleMinutes }, clock);
  const allowed = { hosts: new Set<string>(), origins: new Set<string>() };

  const ctx: ServerContext = {
    name: options.name,
    auth: options.auth,
    rendererDir: options.rendererDir,
    publicOrigin: '',
    limits,
    files: options.files,
    accounts: options.accounts,
    oidc: options.oidc ?? null,
    oidcPending: new Map(),
    sessions,
    hub,
    log: options.securityLog,
    clock,
    ip: (req) => clientIp(req, trustedProxy),
    secure: (req) => overTls(req, tls !== null, trustedProxy) || ctx.publicOrigin.startsWith('https:'),
    signedIn(req) {
      const session = sessions.touch(readCookie(req.headers.cookie, SESSION_COOKIE));
      if (session === null) return null;
      const caller = options.accounts.callerFor(session.userId);
      if (caller === null) {
        sessions.remove(session.id);
        return null;
      }
      return { session, caller };
    },
    refuse(req, res, status, why, refuseOptions = {}) {
      options.securityLog.write({ ip: ctx.ip(req), user: refuseOptions.user ?? null, what: `${req.method ?? '?'} ${loggedPath(req.url)}`, why });
      const headers: Record<string, string> = refuseOptions.close ? { Connection: 'close' } : {};
      if (refuseOptions.text) send(res, status, why, TEXT_TYPE, headers);
      else send(res, status, refusal(refuseOptions.kind ?? 'unauthorized', why), undefined, headers);
      if (refuseOptions.close) res.on('finish', () => req.socket.destroy());
    },
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowed.hosts.has(req.headers.host ?? '')) return ctx.refuse(req, res, 403, WRONG_HOST_MESSAGE);
    const origin = req.headers.origin;
    if (req.method !== 'GET' && req.method !== 'HEAD' && origin !== undefined && !allowed.origins.has(origin)) {
      return ctx.refuse(req, res, 403, WRONG_ORIGIN_MESSAGE);
    }
    const path = loggedPath(req.url);
    if (path.startsWith('/api/')) return handleApi(ctx, req, res, path);
    if (path.startsWith('/auth/')) return handleAuth(ctx, req, res, path);
    if (path === '/admin/plan-file') return downloadPlanFile(ctx, req, res);
    return handleStatic(ctx, req, res, path);
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      if (!isExplained(error)) console.error('[server] oväntat fel', error);
      if (!res.headersSent) send(res, 500, refusal('internal', UNEXPECTED_MESSAGE));
      else res.destroy();
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const { port, address } = server.address() as AddressInfo;
  const shownHost = address.includes(':') ? `[${address}]` : address;
  const origin = `${tls ? 'https' : 'http'}://${shownHost}:${port}`;
  ctx.publicOrigin = options.publicUrl ? new URL(options.publicUrl).origin : origin;
  for (const o of [origin, ctx.publicOrigin]) {
    allowed.origins.add(o);
    allowed.hosts.add(new URL(o).host);
  }
  return {
    origin,
    publicOrigin: ctx.publicOrigin,
    server,
    hub,
    close: () => new Promise<void>((resolveClose) => {
      hub.close();
      server.close(() => resolveClose());
      server.closeAllConnections();
    }),
  };
}
