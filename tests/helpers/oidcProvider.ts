import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** A person the test provider knows. The login form's "login" field takes the subject. */
export interface TestPerson {
  sub: string;
  email: string;
  name: string;
  /** Default true. */
  emailVerified?: boolean;
}

export const TEST_PEOPLE: readonly TestPerson[] = [
  { sub: 'anna-strateg', email: 'Anna.Lind@exempelkommun.se', name: 'Anna Lind' },
  { sub: 'omar-soc', email: 'omar.haddad@exempelkommun.se', name: 'Omar Haddad' },
  { sub: 'eva-overifierad', email: 'eva.berg@exempelkommun.se', name: 'Eva Berg', emailVerified: false },
];

export const TEST_CLIENT_ID = 'planuppfoljning';
export const TEST_CLIENT_SECRET = 'test-hemlighet-for-planuppfoljning';

export interface TestOidcProvider {
  /** http://127.0.0.1:PORT, the issuer to give createOidcSignIn. */
  issuer: string;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (panva's certified oidc-provider) on 127.0.0.1, for sign-in tests: one
 * confidential client with the given redirect URI, PKCE required, the people above, and the
 * provider's own development login and consent pages (devInteractions), which accept any password.
 */
export async function startTestOidcProvider(options: { redirectUri: string; postLogoutRedirectUri?: string }): Promise<TestOidcProvider> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [{
      client_id: TEST_CLIENT_ID,
      client_secret: TEST_CLIENT_SECRET,
      redirect_uris: [options.redirectUri],
      post_logout_redirect_uris: options.postLogoutRedirectUri === undefined ? [] : [options.postLogoutRedirectUri],
      response_types: ['code'],
      grant_types: ['authorization_code'],
    }],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: (_context: unknown, sub: string) => {
      const person = TEST_PEOPLE.find((candidate) => candidate.sub === sub);
      return person === undefined ? undefined : {
        accountId: sub,
        claims: () => ({ sub, email: person.email, email_verified: person.emailVerified ?? true, name: person.name }),
      };
    },
    // Explicit lifetimes (seconds), so the provider does not print a notice for each default it falls back on.
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    jwks: { keys: [signingKey()] },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    close: () => closeServer(server),
  };
}

/** A fresh RS256 key for the ID tokens (oidc-provider otherwise signs with a published development key). */
function signingKey(): Record<string, unknown> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256', kid: 'test' };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((error) => (error === undefined ? resolve() : reject(error))));
}

/**
 * Goes through the test provider's login and consent pages with plain HTTP requests (no browser), as
 * `sub`, and returns the URL the provider sends the browser back to (redirect URI + code, state, iss).
 * With `abort`, the person cancels on the login page instead, and the provider answers error=access_denied.
 */
export async function passProviderPages(authorizationUrl: string, redirectUri: string, sub: string, options: { abort?: boolean } = {}): Promise<URL> {
  const cookies = new Map<string, string>();
  const request = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...init.headers, cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const separator = pair.indexOf('=');
      cookies.set(pair.slice(0, separator), pair.slice(separator + 1));
    }
    return response;
  };
  let url = authorizationUrl;
  for (let step = 0; step < 10; step += 1) {
    if (url.startsWith(redirectUri)) return new URL(url);
    const interaction = /\/interaction\/[^/?]+$/.exec(new URL(url).pathname);
    let response: Response;
    if (interaction === null) {
      response = await request(url);
    } else if (options.abort === true) {
      response = await request(`${url}/abort`);
    } else {
      const page = await (await request(url)).text();
      const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1];
      if (prompt === undefined) throw new Error(`The provider's page at ${url} has no login or consent form.`);
      response = await request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ prompt, login: sub, password: 'valfritt-losenord' }).toString(),
      });
    }
    const location = response.headers.get('location');
    if (location === null) throw new Error(`The provider answered ${response.status} at ${url}: ${await response.text()}`);
    url = new URL(location, url).href;
  }
  throw new Error('The provider never sent the browser back to the redirect URI.');
}

/** The provider's development login page, then its consent page, in a browser page that is on the login page. */
export async function signInOnProviderPages(page: Page, sub: string): Promise<void> {
  await page.locator('input[name="login"]').fill(sub);
  await page.locator('input[name="password"]').fill('valfritt-losenord');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** The names of the provider's development pages' cancel link and sign-out confirmation. */
export const PROVIDER_CANCEL_LINK = '[ Cancel ]';
export const PROVIDER_CONFIRM_SIGN_OUT = 'Yes, sign me out';

/** A browser context that reaches only this machine: the provider's development pages import a web font from the internet. */
export async function loopbackContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'sv-SE' });
  await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
  return context;
}
