import type { IncomingMessage, ServerResponse } from 'node:http';
import { toAppError } from '../../services/api/systemErrors';
import { OIDC_PENDING_MAX_AGE_MS, prunePending, type PendingOidc } from '../oidc/pendingOidc';
import { renderSignInPage, SIGN_IN_CONTENT_SECURITY_POLICY, SIGN_IN_CSS } from '../signInPage';
import { clearCookie, LOGIN_COOKIE, OIDC_COOKIE, readCookie, SESSION_COOKIE, setCookie } from './cookies';
import { CSRF_HEADER, CSRF_MESSAGE, NOT_SIGNED_IN_MESSAGE } from './apiRoutes';
import { decodeUtf8, readBody } from './requestBody';
import { HTML_TYPE, refusal, send } from './respond';
import { randomToken, tokenMatches } from './secrets';
import type { ServerContext } from './serverContext';

/**
 * Sign-in, sign-out and who is signed in: /auth/login (local accounts), /auth/oidc/start and
 * /auth/oidc/callback (the kommun's identity provider), /auth/logout, /auth/session. Before
 * sign-in the form's CSRF token is a random cookie the form repeats (double submit); OIDC's pending
 * state (PKCE verifier, state, nonce) stays on the server under a short-lived cookie.
 */

const OIDC_ONLY_MESSAGE = 'Den här servern loggar in med kommunens konto.';
const LOCAL_ONLY_MESSAGE = 'Den här servern loggar in med lokala konton.';
const OIDC_LOST_MESSAGE = 'Inloggningen tog för lång tid eller startades inte här. Försök igen.';

/** The server's pending OIDC sign-ins, without those older than the module allows, and room for one more. */
function pendingFor(ctx: ServerContext): Map<string, PendingOidc> {
  prunePending(ctx.oidcPending, ctx.clock().getTime());
  return ctx.oidcPending;
}

export async function handleAuth(ctx: ServerContext, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  const route = `${req.method} ${path}`;
  switch (route) {
    case 'GET /auth/login': return showSignIn(ctx, req, res, 200);
    case 'POST /auth/login': return signInWithPassword(ctx, req, res);
    case 'GET /auth/signin.css': return send(res, 200, SIGN_IN_CSS, 'text/css; charset=utf-8');
    case 'GET /auth/session': return whoIsSignedIn(ctx, req, res);
    case 'POST /auth/logout': return signOut(ctx, req, res);
    case 'GET /auth/oidc/start': return startOidc(ctx, req, res);
    case 'GET /auth/oidc/callback': return finishOidc(ctx, req, res);
    default: return send(res, 404, refusal('not_found', 'Hittades inte.'));
  }
}

function showSignIn(ctx: ServerContext, req: IncomingMessage, res: ServerResponse, status: number, message?: string): void {
  if (status === 200 && ctx.signedIn(req) !== null) return redirect(res, 303, '/');
  const token = readCookie(req.headers.cookie, LOGIN_COOKIE) ?? randomToken(32);
  const html = renderSignInPage({ authMode: ctx.auth.mode, csrfToken: token, message, kommun: ctx.name });
  send(res, status, html, HTML_TYPE, {
    'Content-Security-Policy': SIGN_IN_CONTENT_SECURITY_POLICY,
    'Set-Cookie': setCookie(LOGIN_COOKIE, token, { secure: ctx.secure(req), path: '/auth' }),
  });
}

async function signInWithPassword(ctx: ServerContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (ctx.auth.mode !== 'local') return ctx.refuse(req, res, 404, OIDC_ONLY_MESSAGE, { kind: 'not_found' });
  const body = await readBody(req, { limit: ctx.limits.authBody, deadlineMs: ctx.limits.bodyDeadlineMs });
  if (!body.ok) return ctx.refuse(req, res, body.status, body.message, { kind: 'validation', text: true, close: true });
  const form = new URLSearchParams(decodeUtf8(body.bytes) ?? '');
  const login = (form.get('login') ?? '').trim();
  if (!tokenMatches(form.get('csrf'), readCookie(req.headers.cookie, LOGIN_COOKIE) ?? '')) {
    ctx.log.write({ ip: ctx.ip(req), user: login || null, what: 'POST /auth/login', why: CSRF_MESSAGE });
    return showSignIn(ctx, req, res, 403, 'Inloggningssidan var för gammal. Försök igen.');
  }
  const result = await ctx.accounts.signInWithPassword(login, form.get('password') ?? '', ctx.ip(req));
  if (!result.ok) {
    ctx.log.write({ ip: ctx.ip(req), user: login || null, what: 'POST /auth/login', why: `${result.reason}: ${result.message}` });
    return showSignIn(ctx, req, res, 401, result.message);
  }
  startSession(ctx, req, res, result.caller.userId);
}

function startSession(ctx: ServerContext, req: IncomingMessage, res: ServerResponse, userId: number): void {
  const session = ctx.sessions.create(userId);
  res.writeHead(303, {
    Location: '/',
    'Cache-Control': 'no-store',
    'Set-Cookie': [
      setCookie(SESSION_COOKIE, session.id, { secure: ctx.secure(req), maxAge: ctx.sessions.maxAgeSeconds }),
      clearCookie(OIDC_COOKIE, { secure: ctx.secure(req), path: '/auth/oidc' }),
    ],
  });
  res.end();
}

function whoIsSignedIn(ctx: ServerContext, req: IncomingMessage, res: ServerResponse): void {
  const who = ctx.signedIn(req);
  if (who === null) return send(res, 401, refusal('unauthorized', NOT_SIGNED_IN_MESSAGE));
  send(res, 200, JSON.stringify({ user: who.caller, csrfToken: who.session.csrfToken, server: { name: ctx.name, authMode: ctx.auth.mode } }));
}

function signOut(ctx: ServerContext, req: IncomingMessage, res: ServerResponse): void {
  const who = ctx.signedIn(req);
  if (who === null) return ctx.refuse(req, res, 401, NOT_SIGNED_IN_MESSAGE);
  if (!tokenMatches(req.headers[CSRF_HEADER], who.session.csrfToken)) return ctx.refuse(req, res, 403, CSRF_MESSAGE, { user: who.caller.name });
  ctx.sessions.remove(who.session.id);
  const redirectTo = ctx.oidc?.logoutUrl(`${ctx.publicOrigin}/auth/login`) ?? '/auth/login';
  send(res, 200, JSON.stringify({ ok: true, value: { redirectTo } }), undefined, {
    'Set-Cookie': clearCookie(SESSION_COOKIE, { secure: ctx.secure(req) }),
  });
}

async function startOidc(ctx: ServerContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (ctx.oidc === null) return ctx.refuse(req, res, 404, LOCAL_ONLY_MESSAGE, { kind: 'not_found', text: true });
  const { redirectTo, pending } = await ctx.oidc.begin();
  const id = randomToken(32);
  pendingFor(ctx).set(id, pending);
  res.writeHead(302, {
    Location: redirectTo,
    'Cache-Control': 'no-store',
    'Set-Cookie': setCookie(OIDC_COOKIE, id, { secure: ctx.secure(req), path: '/auth/oidc', maxAge: OIDC_PENDING_MAX_AGE_MS / 1000 }),
  });
  res.end();
}

async function finishOidc(ctx: ServerContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (ctx.oidc === null || ctx.auth.mode !== 'oidc') return ctx.refuse(req, res, 404, LOCAL_ONLY_MESSAGE, { kind: 'not_found', text: true });
  const id = readCookie(req.headers.cookie, OIDC_COOKIE);
  const pending = id === null ? undefined : pendingFor(ctx).get(id);
  if (id !== null) pendingFor(ctx).delete(id);
  if (pending === undefined) {
    ctx.log.write({ ip: ctx.ip(req), user: null, what: 'GET /auth/oidc/callback', why: OIDC_LOST_MESSAGE });
    return showSignIn(ctx, req, res, 401, OIDC_LOST_MESSAGE);
  }
  let identity;
  try {
    identity = await ctx.oidc.complete(new URL(req.url ?? '/', ctx.auth.redirectUri), pending);
  } catch (error) {
    const message = toAppError(error).message;
    // The provider's own reason (on the error's cause) is for kommun IT, never for the page.
    const cause = (error as { cause?: unknown } | null)?.cause;
    const detail = cause instanceof Error ? ` (${cause.message})` : '';
    ctx.log.write({ ip: ctx.ip(req), user: null, what: 'GET /auth/oidc/callback', why: `${message}${detail}` });
    return showSignIn(ctx, req, res, 401, message);
  }
  const result = ctx.accounts.signInWithIdentity(identity, ctx.ip(req));
  if (!result.ok) {
    ctx.log.write({ ip: ctx.ip(req), user: identity.email, what: 'GET /auth/oidc/callback', why: `${result.reason}: ${result.message}` });
    return showSignIn(ctx, req, res, 401, result.message);
  }
  startSession(ctx, req, res, result.caller.userId);
}

function redirect(res: ServerResponse, status: number, location: string): void {
  res.writeHead(status, { Location: location, 'Cache-Control': 'no-store' });
  res.end();
}
