import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createServerApi, SIGNED_OUT_MESSAGE } from '@renderer/api/serverApi';
import type { ServerSession } from '@renderer/api/serverSession';

/**
 * The server-mode client against a stand-in fetch: which headers each call carries, and what the
 * page gets back when the session has ended or its CSRF token is stale.
 */
const session = (csrfToken: string): ServerSession => ({
  user: { userId: 1, name: 'Anna Admin', role: 'admin', bodyIds: [] },
  csrfToken,
  server: { name: 'Testkommun', authMode: 'local' },
});

interface Sent { url: string; headers: Record<string, string>; body: unknown }
let sent: Sent[];
let answers: (() => Response)[];

beforeEach(() => {
  sent = [];
  answers = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({ url, headers: init.headers as Record<string, string>, body: JSON.parse(init.body as string) });
    const next = answers.shift();
    if (!next) throw new Error('no answer planned');
    return next();
  });
});
afterEach(() => vi.unstubAllGlobals());

const json = (status: number, body: unknown) => () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function connect(current: ServerSession, fresh: ServerSession | null = null) {
  const state = { current, signedOut: 0, refreshed: 0 };
  const api = createServerApi({
    tabId: 'flik-1',
    session: () => state.current,
    refresh: async () => {
      state.refreshed += 1;
      if (fresh !== null) state.current = fresh;
      return fresh;
    },
    onSignedOut: () => { state.signedOut += 1; },
  });
  return { api, state };
}

describe('the server-mode client', () => {
  it('posts each call to /api/<call> with the CSRF token and the tab id, and returns its Result', async () => {
    const { api } = connect(session('tok-1'));
    answers.push(json(200, { ok: true, value: [{ id: 1 }] }));
    const result = await api.listPlans({});
    expect(result).toEqual({ ok: true, value: [{ id: 1 }] });
    expect(sent).toHaveLength(1);
    expect(sent[0].url).toBe('/api/listPlans');
    expect(sent[0].headers['X-CSRF-Token']).toBe('tok-1');
    expect(sent[0].headers['X-Planuppfoljning-Tab']).toBe('flik-1');
    expect(sent[0].body).toEqual({});
  });

  it('turns a 401 into a calm Swedish refusal and tells the page the session ended', async () => {
    const { api, state } = connect(session('tok-1'));
    answers.push(json(401, { ok: false, error: { kind: 'unauthorized', message: 'Inte inloggad.' } }));
    const result = await api.updateAction({ id: 3, patch: { title: 'Ny titel' } });
    expect(result).toEqual({ ok: false, error: { kind: 'unauthorized', message: SIGNED_OUT_MESSAGE } });
    expect(state.signedOut).toBe(1);
  });

  it('after a 401 reads the session again before the next call and uses the new token', async () => {
    const { api, state } = connect(session('tok-1'), session('tok-2'));
    answers.push(json(401, { ok: false, error: { kind: 'unauthorized', message: 'x' } }));
    await api.listPlans({});
    answers.push(json(200, { ok: true, value: [] }));
    await api.listPlans({});
    expect(state.refreshed).toBe(1);
    expect(sent[1].headers['X-CSRF-Token']).toBe('tok-2');
  });

  it('on a 403 with a stale token gets the new one and makes the call once more', async () => {
    const { api } = connect(session('old'), session('new'));
    answers.push(json(403, { ok: false, error: { kind: 'unauthorized', message: 'Fel CSRF.' } }), json(200, { ok: true, value: 7 }));
    expect(await api.getPlan({ id: 1 })).toEqual({ ok: true, value: 7 });
    expect(sent.map((s) => s.headers['X-CSRF-Token'])).toEqual(['old', 'new']);
  });

  it('does not repeat a 403 when the token is the same (a refusal by role), and passes its message on', async () => {
    const { api } = connect(session('same'), session('same'));
    answers.push(json(403, { ok: false, error: { kind: 'unauthorized', message: 'Din roll får inte ändra planen.' } }));
    expect(await api.deleteAction({ id: 1 })).toEqual({ ok: false, error: { kind: 'unauthorized', message: 'Din roll får inte ändra planen.' } });
    expect(sent).toHaveLength(1);
  });

  it('keeps an edit conflict whole, with the other person\'s values', async () => {
    const { api } = connect(session('t'));
    const edit = { by: 'Berit', at: '2026-12-03T10:42:00.000Z', version: 4, theirs: { title: 'Deras titel' } };
    answers.push(json(200, { ok: false, error: { kind: 'conflict', message: 'Ändrad av Berit 10:42 – din ändring har inte sparats.', edit } }));
    const result = await api.updateAction({ id: 1, patch: { title: 'Min' } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.edit).toEqual(edit);
  });

  it('says in Swedish when the server cannot be reached', async () => {
    const { api } = connect(session('t'));
    answers.push(() => { throw new TypeError('Failed to fetch'); });
    const result = await api.listPlans({});
    expect(result).toEqual({ ok: false, error: { kind: 'internal', message: 'Kontakten med programmet bröts. Ladda om sidan.' } });
  });
});
