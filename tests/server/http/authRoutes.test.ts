import { afterEach, describe, expect, it } from 'vitest';
import { SIGN_IN_CSS } from '../../../electron/server/signInPage';
import { withDemoPlan } from '../../helpers/planFile';
import { ADMIN, call, signIn, startTestServer, type Harness } from '../../helpers/serverHarness';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.server.close();
  harness = null;
});

async function signInPage(origin: string) {
  const page = await fetch(`${origin}/auth/login`);
  return {
    page,
    cookie: `pu_login=${/pu_login=([^;]+)/.exec(page.headers.get('set-cookie') ?? '')![1]}`,
    csrf: /name="csrf" value="([^"]+)"/.exec(await page.text())![1],
  };
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' };

describe('server sign-in', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and tells the renderer who is signed in', async () => {
    harness = await startTestServer(withDemoPlan().session);
    const { page, cookie, csrf } = await signInPage(harness.origin);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("form-action 'self'");
    const answer = await fetch(`${harness.origin}/auth/login`, {
      method: 'POST', redirect: 'manual', headers: { ...FORM, Cookie: cookie }, body: form({ login: ADMIN.login, password: ADMIN.password, csrf }),
    });
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toBe('/');
    const sessionCookie = answer.headers.getSetCookie().find((c) => c.startsWith('pu_session='))!;
    expect(sessionCookie).toMatch(/^pu_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=28800$/);
    const session = await (await fetch(`${harness.origin}/auth/session`, { headers: { Cookie: sessionCookie.split(';')[0] } })).json();
    expect(session).toEqual({ user: ADMIN.caller, csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), server: { name: 'Åsbacka', authMode: 'local' } });
    expect((await fetch(`${harness.origin}/auth/session`)).status).toBe(401);
  });

  it('answers a wrong password with the page again (401) and a log line without the password', async () => {
    harness = await startTestServer(withDemoPlan().session);
    const { cookie, csrf } = await signInPage(harness.origin);
    const answer = await fetch(`${harness.origin}/auth/login`, {
      method: 'POST', redirect: 'manual', headers: { ...FORM, Cookie: cookie }, body: form({ login: ADMIN.login, password: 'fel lösenord helt och hållet', csrf }),
    });
    expect(answer.status).toBe(401);
    expect(await answer.text()).toContain('Fel användarnamn eller lösenord.');
    expect(answer.headers.getSetCookie().some((c) => c.startsWith('pu_session='))).toBe(false);
    const log = harness.securityLog();
    expect(log).toEqual([expect.objectContaining({ user: ADMIN.login, what: 'POST /auth/login' })]);
    expect(JSON.stringify(log)).not.toContain('fel lösenord');
  });

  it('refuses a sign-in form without its CSRF token (login CSRF)', async () => {
    harness = await startTestServer(withDemoPlan().session);
    const answer = await fetch(`${harness.origin}/auth/login`, {
      method: 'POST', redirect: 'manual', headers: FORM, body: form({ login: ADMIN.login, password: ADMIN.password, csrf: 'gissad' }),
    });
    expect(answer.status).toBe(403);
    expect(answer.headers.getSetCookie().some((c) => c.startsWith('pu_session='))).toBe(false);
    expect(harness.securityLog()).toHaveLength(1);
  });

  it('signs out with the CSRF header: the session is gone and its cookie cleared', async () => {
    harness = await startTestServer(withDemoPlan().session);
    const anna = await signIn(harness.origin, ADMIN);
    expect((await fetch(`${harness.origin}/auth/logout`, { method: 'POST', headers: { Cookie: anna.cookie } })).status).toBe(403);
    const out = await fetch(`${harness.origin}/auth/logout`, { method: 'POST', headers: { Cookie: anna.cookie, 'X-CSRF-Token': anna.csrf } });
    expect(out.status).toBe(200);
    expect(await out.json()).toEqual({ ok: true, value: { redirectTo: '/auth/login' } });
    expect(out.headers.get('set-cookie')).toMatch(/^pu_session=; .*Max-Age=0/);
    expect((await call(harness.origin, anna, 'listPlans', {})).status).toBe(401);
  });

  it('serves the sign-in page’s stylesheet (the CSP allows no inline style)', async () => {
    harness = await startTestServer(withDemoPlan().session);
    const css = await fetch(`${harness.origin}/auth/signin.css`);
    expect(css.headers.get('content-type')).toMatch(/text\/css/);
    expect(await css.text()).toBe(SIGN_IN_CSS);
  });

  it('marks cookies Secure when the public address is https', async () => {
    harness = await startTestServer(withDemoPlan().session, { publicUrl: 'https://plan.kommun.example' });
    const page = await fetch(`${harness.origin}/auth/login`);
    expect(page.headers.get('set-cookie')).toMatch(/; Secure$/);
  });
});
