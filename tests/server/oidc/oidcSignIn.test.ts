import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOidcSignIn, OIDC_PENDING_MAX_AGE_MS, type OidcSignIn } from '../../../electron/server/oidc/oidcSignIn';
import { OIDC_MESSAGES } from '../../../electron/server/oidc/oidcMessages';
import { freePort } from '../../helpers/freePort';
import {
  passProviderPages, startTestOidcProvider, TEST_CLIENT_ID, TEST_CLIENT_SECRET, type TestOidcProvider,
} from '../../helpers/oidcProvider';

// Never visited: passProviderPages stops when the provider sends the browser here.
const REDIRECT_URI = 'http://127.0.0.1:9/auth/oidc/callback';
const AFTER_LOGOUT = 'http://127.0.0.1:9/auth/login';

let provider: TestOidcProvider;
let signIn: OidcSignIn;

beforeAll(async () => {
  provider = await startTestOidcProvider({ redirectUri: REDIRECT_URI, postLogoutRedirectUri: AFTER_LOGOUT });
  signIn = await createOidcSignIn({ issuer: provider.issuer, clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET, redirectUri: REDIRECT_URI });
});

afterAll(async () => {
  await provider.close();
});

const refused = (message: string) => ({ kind: 'unauthorized', message });

describe('begin', () => {
  it('sends the browser to the provider with a S256 PKCE challenge, a state and a nonce', async () => {
    const { redirectTo, pending } = await signIn.begin();
    const url = new URL(redirectTo);
    expect(url.origin).toBe(provider.issuer);
    const parameters = Object.fromEntries(url.searchParams);
    expect(parameters).toMatchObject({
      response_type: 'code', client_id: TEST_CLIENT_ID, redirect_uri: REDIRECT_URI, scope: 'openid email profile',
      code_challenge_method: 'S256', state: pending.state, nonce: pending.nonce,
    });
    expect(parameters.code_challenge).toBe(createHash('sha256').update(pending.codeVerifier).digest('base64url'));
    expect(pending.state.length).toBeGreaterThanOrEqual(32);
    expect(pending.nonce.length).toBeGreaterThanOrEqual(32);
  });

  it('makes a new verifier, state and nonce for every sign-in', async () => {
    const [first, second] = [(await signIn.begin()).pending, (await signIn.begin()).pending];
    expect(second.codeVerifier).not.toBe(first.codeVerifier);
    expect(second.state).not.toBe(first.state);
    expect(second.nonce).not.toBe(first.nonce);
  });
});

describe('complete', () => {
  it('answers the identity from the provider: subject, e-mail and name', async () => {
    const { redirectTo, pending } = await signIn.begin();
    const callback = await passProviderPages(redirectTo, REDIRECT_URI, 'anna-strateg');
    await expect(signIn.complete(callback, pending)).resolves.toEqual({
      subject: 'anna-strateg', email: 'Anna.Lind@exempelkommun.se', name: 'Anna Lind',
    });
  });

  it('leaves out an e-mail the provider marks unverified, so it cannot find an account', async () => {
    const { redirectTo, pending } = await signIn.begin();
    const callback = await passProviderPages(redirectTo, REDIRECT_URI, 'eva-overifierad');
    await expect(signIn.complete(callback, pending)).resolves.toEqual({ subject: 'eva-overifierad', email: null, name: 'Eva Berg' });
  });

  it('refuses a callback whose state was tampered with', async () => {
    const { redirectTo, pending } = await signIn.begin();
    const callback = await passProviderPages(redirectTo, REDIRECT_URI, 'anna-strateg');
    callback.searchParams.set('state', `${pending.state}x`);
    await expect(signIn.complete(callback, pending)).rejects.toMatchObject(refused(OIDC_MESSAGES.stateMismatch));
  });

  it('refuses a callback meant for another sign-in (the state of another pending login)', async () => {
    const first = await signIn.begin();
    const second = await signIn.begin();
    const callback = await passProviderPages(first.redirectTo, REDIRECT_URI, 'anna-strateg');
    await expect(signIn.complete(callback, second.pending)).rejects.toMatchObject(refused(OIDC_MESSAGES.stateMismatch));
  });

  it('refuses a sign-in that took longer than ten minutes', async () => {
    const { redirectTo, pending } = await signIn.begin();
    const callback = await passProviderPages(redirectTo, REDIRECT_URI, 'anna-strateg');
    const late = { ...pending, createdAt: Date.now() - OIDC_PENDING_MAX_AGE_MS - 1000 };
    await expect(signIn.complete(callback, late)).rejects.toMatchObject(refused(OIDC_MESSAGES.expired));
  });

  it('judges the ten minutes by the clock it was given, from begin to the callback', async () => {
    let clock = new Date('2026-03-02T09:00:00Z');
    const clocked = await createOidcSignIn(
      { issuer: provider.issuer, clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET, redirectUri: REDIRECT_URI },
      { clock: () => clock },
    );
    const { redirectTo, pending } = await clocked.begin();
    expect(pending.createdAt).toBe(clock.getTime());
    const callback = await passProviderPages(redirectTo, REDIRECT_URI, 'anna-strateg');
    clock = new Date(clock.getTime() + OIDC_PENDING_MAX_AGE_MS + 1);
    await expect(clocked.complete(callback, pending)).rejects.toMatchObject(refused(OIDC_MESSAGES.expired));
  });

  it('refuses when the person cancels at the provider (error=access_denied on the callback)', async () => {
    const { redirectTo, pending } = await signIn.begin();
    const callback = await passProviderPages(redirectTo, REDIRECT_URI, 'anna-strateg', { abort: true });
    expect(callback.searchParams.get('error')).toBe('access_denied');
    await expect(signIn.complete(callback, pending)).rejects.toMatchObject(refused(OIDC_MESSAGES.denied));
  });

  it('refuses when the provider rejects the code: another verifier than the challenge was made from (PKCE)', async () => {
    const { redirectTo, pending } = await signIn.begin();
    const callback = await passProviderPages(redirectTo, REDIRECT_URI, 'anna-strateg');
    const other = (await signIn.begin()).pending;
    await expect(signIn.complete(callback, { ...pending, codeVerifier: other.codeVerifier }))
      .rejects.toMatchObject(refused(OIDC_MESSAGES.denied));
  });

  it('refuses a code used a second time', async () => {
    const { redirectTo, pending } = await signIn.begin();
    const callback = await passProviderPages(redirectTo, REDIRECT_URI, 'omar-soc');
    await expect(signIn.complete(callback, pending)).resolves.toMatchObject({ subject: 'omar-soc' });
    await expect(signIn.complete(callback, pending)).rejects.toMatchObject(refused(OIDC_MESSAGES.denied));
  });

  it('says the provider does not answer when it stopped between begin and the callback', async () => {
    const redirectUri = 'http://127.0.0.1:9/callback';
    const shortLived = await startTestOidcProvider({ redirectUri });
    const itsSignIn = await createOidcSignIn({ issuer: shortLived.issuer, clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET, redirectUri });
    const { redirectTo, pending } = await itsSignIn.begin();
    const callback = await passProviderPages(redirectTo, redirectUri, 'anna-strateg');
    await shortLived.close();
    await expect(itsSignIn.complete(callback, pending)).rejects.toMatchObject(refused(OIDC_MESSAGES.unreachable));
  });
});

describe('createOidcSignIn', () => {
  it('says the provider does not answer when nothing listens at the issuer', async () => {
    const closedPort = await freePort();
    await expect(createOidcSignIn({ issuer: `http://127.0.0.1:${closedPort}`, clientId: TEST_CLIENT_ID, redirectUri: REDIRECT_URI }))
      .rejects.toMatchObject(refused(OIDC_MESSAGES.unreachable));
  });

  it('says the provider does not answer when the address answers with an error page instead of its settings', async () => {
    const broken = createServer((_request, response) => {
      response.writeHead(503, { 'content-type': 'text/html' }).end('<h1>Service Unavailable</h1>');
    });
    await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve));
    try {
      await expect(createOidcSignIn({ issuer: `http://127.0.0.1:${(broken.address() as AddressInfo).port}`, clientId: TEST_CLIENT_ID, redirectUri: REDIRECT_URI }))
        .rejects.toMatchObject(refused(OIDC_MESSAGES.unreachable));
    } finally {
      await new Promise((resolve) => broken.close(resolve));
    }
  });

  it('refuses a plain http issuer that is not on this machine', async () => {
    await expect(createOidcSignIn({ issuer: 'http://login.exempelkommun.se', clientId: TEST_CLIENT_ID, redirectUri: REDIRECT_URI }))
      .rejects.toMatchObject({ kind: 'validation', message: OIDC_MESSAGES.insecureIssuer });
  });

  it('refuses an issuer that is not a URL', async () => {
    await expect(createOidcSignIn({ issuer: 'exempelkommun', clientId: TEST_CLIENT_ID, redirectUri: REDIRECT_URI }))
      .rejects.toMatchObject({ kind: 'validation', message: OIDC_MESSAGES.badIssuer });
  });
});

describe('logoutUrl', () => {
  it("is the provider's end-session endpoint with where to come back to", () => {
    const logout = signIn.logoutUrl(AFTER_LOGOUT);
    expect(logout).not.toBeNull();
    const url = new URL(logout ?? '');
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(AFTER_LOGOUT);
    expect(url.searchParams.get('client_id')).toBe(TEST_CLIENT_ID);
  });
});
