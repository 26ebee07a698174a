import { afterEach, describe, expect, it } from 'vitest';
import { createOidcSignIn } from '../../../electron/server/oidc/oidcSignIn';
import { passProviderPages, startTestOidcProvider, TEST_CLIENT_ID, TEST_CLIENT_SECRET, type TestOidcProvider } from '../../helpers/oidcProvider';
import { freePort } from '../../helpers/freePort';
import { withDemoPlan } from '../../helpers/planFile';
import { startTestServer, type FakeUser, type Harness } from '../../helpers/serverHarness';

let harness: Harness | null = null;
let provider: TestOidcProvider | null = null;
afterEach(async () => {
  await harness?.server.close();
  await provider?.close();
  harness = null;
  provider = null;
});

const ANNA: FakeUser = { login: 'Anna.Lind@exempelkommun.se', password: '', caller: { userId: 7, name: 'Anna Lind', role: 'admin', bodyIds: [] } };

async function startWithOidc() {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const redirectUri = `${origin}/auth/oidc/callback`;
  provider = await startTestOidcProvider({ redirectUri, postLogoutRedirectUri: `${origin}/auth/login` });
  const auth = { mode: 'oidc' as const, issuer: provider.issuer, clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET, redirectUri };
  const oidc = await createOidcSignIn(auth);
  harness = await startTestServer(withDemoPlan().session, { port, auth, oidc }, [ANNA]);
  return { origin, redirectUri };
}

async function begin(origin: string) {
  const start = await fetch(`${origin}/auth/oidc/start`, { redirect: 'manual' });
  expect(start.status).toBe(302);
  const pendingCookie = /pu_oidc=([^;]+)/.exec(start.headers.get('set-cookie') ?? '')![1];
  expect(start.headers.get('set-cookie')).toMatch(/Path=\/auth\/oidc; HttpOnly; SameSite=Lax; Max-Age=600/);
  return { location: start.headers.get('location')!, cookie: `pu_oidc=${pendingCookie}` };
}

describe('server sign-in with OpenID Connect (a real oidc-provider on loopback)', () => {
  it('signs in through the provider, finds the account by e-mail, and signs out at the provider', async () => {
    const { origin, redirectUri } = await startWithOidc();
    const page = await (await fetch(`${origin}/auth/login`)).text();
    expect(page).toContain('href="/auth/oidc/start"');
    const { location, cookie } = await begin(origin);
    const callback = await passProviderPages(location, redirectUri, 'anna-strateg');
    const back = await fetch(`${origin}${callback.pathname}${callback.search}`, { redirect: 'manual', headers: { Cookie: cookie } });
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe('/');
    const session = `pu_session=${/pu_session=([^;]+)/.exec(back.headers.getSetCookie().join('\n'))![1]}`;
    const who = await (await fetch(`${origin}/auth/session`, { headers: { Cookie: session } })).json();
    expect(who).toMatchObject({ user: ANNA.caller, server: { authMode: 'oidc' } });

    // The same callback again: its pending sign-in is used up.
    const replay = await fetch(`${origin}${callback.pathname}${callback.search}`, { redirect: 'manual', headers: { Cookie: cookie } });
    expect(replay.status).toBe(401);
    expect(harness!.securityLog()).toEqual([expect.objectContaining({ what: 'GET /auth/oidc/callback' })]);

    const out = await (await fetch(`${origin}/auth/logout`, { method: 'POST', headers: { Cookie: session, 'X-CSRF-Token': who.csrfToken } })).json();
    expect(new URL(out.value.redirectTo).origin).toBe(provider!.issuer);
  });

  it('refuses a person the provider knows but the server has no account for, and logs it', async () => {
    const { origin, redirectUri } = await startWithOidc();
    const { location, cookie } = await begin(origin);
    const callback = await passProviderPages(location, redirectUri, 'omar-soc');
    const back = await fetch(`${origin}${callback.pathname}${callback.search}`, { redirect: 'manual', headers: { Cookie: cookie } });
    expect(back.status).toBe(401);
    expect(back.headers.getSetCookie().some((c) => c.startsWith('pu_session='))).toBe(false);
    expect(harness!.securityLog()).toEqual([expect.objectContaining({ user: 'omar.haddad@exempelkommun.se', what: 'GET /auth/oidc/callback' })]);
  });

  it('refuses the password form when the server signs in with OIDC', async () => {
    const { origin } = await startWithOidc();
    const res = await fetch(`${origin}/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'login=a&password=b&csrf=c' });
    expect(res.status).toBe(404);
  });
});
