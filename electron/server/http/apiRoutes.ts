import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Result } from '@shared/errors';
import { runCall } from '../../services/api/runCall';
import { callName, parseJsonBody, readBody } from './requestBody';
import { tabId } from './requestInfo';
import { send, refusal } from './respond';
import { tokenMatches } from './secrets';
import type { ServerContext } from './serverContext';

/**
 * POST /api/<call> (session cookie + X-CSRF-Token) and GET /api/events (the live updates).
 * Each call runs with the file's session plus the person making it: dispatch checks the role and
 * names the person in the change log. A write that succeeds is told to every open event stream.
 */
export const CSRF_HEADER = 'x-csrf-token';
export const TAB_HEADER = 'x-planuppfoljning-tab';

export const NOT_SIGNED_IN_MESSAGE = 'Du är inte inloggad, eller så har inloggningen gått ut. Logga in igen. Inget har ändrats.';
export const CSRF_MESSAGE = 'Anropet saknar en giltig säkerhetskod (CSRF). Ladda om sidan och försök igen. Inget har ändrats.';
const NO_FILE_MESSAGE = 'Servern har ingen planfil öppen. Inget har ändrats.';

export async function handleApi(ctx: ServerContext, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  if (path === '/api/events') return openEvents(ctx, req, res);
  if (req.method !== 'POST') return send(res, 405, refusal('validation', 'Anrop görs med POST.'));
  const who = ctx.signedIn(req);
  if (who === null) return ctx.refuse(req, res, 401, NOT_SIGNED_IN_MESSAGE);
  if (!tokenMatches(req.headers[CSRF_HEADER], who.session.csrfToken)) return ctx.refuse(req, res, 403, CSRF_MESSAGE, { user: who.caller.name });
  const name = callName(path);
  if (name === null) return ctx.refuse(req, res, 400, 'Okänt anrop.', { kind: 'validation', user: who.caller.name });
  const body = await readBody(req, { limit: ctx.limits.apiBody, deadlineMs: ctx.limits.bodyDeadlineMs });
  if (!body.ok) return ctx.refuse(req, res, body.status, body.message, { kind: 'validation', user: who.caller.name, close: true });
  const parsed = parseJsonBody(body.bytes);
  if (!parsed.ok) return ctx.refuse(req, res, 400, parsed.message, { kind: 'validation', user: who.caller.name });
  const file = ctx.files.current();
  if (file === null) return send(res, 503, refusal('internal', NO_FILE_MESSAGE));
  const result: Result<unknown> = await runCall({ ...file, caller: who.caller, accounts: ctx.accounts.directory() }, name, parsed.input);
  if (!result.ok && result.error.kind === 'unauthorized') {
    ctx.log.write({ ip: ctx.ip(req), user: who.caller.name, what: `POST /api/${name}`, why: result.error.message });
  }
  send(res, 200, JSON.stringify(result));
  if (result.ok && result.changed !== undefined) {
    ctx.hub.broadcast({ changed: result.changed, by: who.caller.name, tab: tabId(req.headers[TAB_HEADER]) });
  }
}

/** GET /api/events?tab=…: a Server-Sent Events stream for a signed-in person. */
function openEvents(ctx: ServerContext, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET') return send(res, 405, refusal('validation', 'Händelser hämtas med GET.'));
  const who = ctx.signedIn(req);
  if (who === null) return ctx.refuse(req, res, 401, NOT_SIGNED_IN_MESSAGE);
  const { id, userId } = who.session;
  ctx.hub.open(res, { 'X-Content-Type-Options': 'nosniff' }, () => ctx.sessions.isLive(id) && ctx.accounts.callerFor(userId) !== null);
}
