import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import { createOidcSignIn, type OidcSignIn, type PendingOidc } from '../../../electron/server/oidc/oidcSignIn';
import { OIDC_MESSAGES } from '../../../electron/server/oidc/oidcMessages';
import { launchChromium } from '../../helpers/browser';
import {
  loopbackContext, PROVIDER_CANCEL_LINK, PROVIDER_CONFIRM_SIGN_OUT, signInOnProviderPages, startTestOidcProvider, TEST_CLIENT_ID, TEST_CLIENT_SECRET, type TestOidcProvider,
} from '../../helpers/oidcProvider';

/**
 * The real redirect flow in Chromium: a small harness server stands in for the app's server (begin on
 * /start, complete on /callback, the pending login kept server-side under a cookie), and the person
 * signs in on the test provider's own login and consent pages.
 */

let harness: Server;
let base: string;
let provider: TestOidcProvider;
let signIn: OidcSignIn;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pendingLogins = new Map<string, PendingOidc>();

beforeAll(async () => {
  harness = createServer((request, response) => {
    void handle(request, response);
  });
  await new Promise<void>((resolve) => harness.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(harness.address() as AddressInfo).port}`;
  provider = await startTestOidcProvider({ redirectUri: `${base}/callback`, postLogoutRedirectUri: `${base}/signed-out` });
  signIn = await createOidcSignIn({ issuer: provider.issuer, clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET, redirectUri: `${base}/callback` });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await provider?.close();
  harness?.closeAllConnections();
  await new Promise((resolve) => harness?.close(resolve));
});

beforeEach(async () => {
  await context?.close();
  context = await loopbackContext(browser);
  page = await context.newPage();
});

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', base);
  const reply = (status: number, body: string, headers: Record<string, string> = {}) => {
    response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
    response.end(`<!doctype html><html lang="sv"><title>Harness</title><body>${body}</body></html>`);
  };
  if (url.pathname === '/start') {
    const { redirectTo, pending } = await signIn.begin();
    const id = randomUUID();
    pendingLogins.set(id, pending);
    reply(302, '', { location: redirectTo, 'set-cookie': `pending=${id}; HttpOnly; SameSite=Lax; Path=/` });
  } else if (url.pathname === '/callback') {
    const id = /(?:^|; )pending=([\w-]+)/.exec(request.headers.cookie ?? '')?.[1] ?? '';
    // Kept after use on purpose, so a replayed callback reaches the module and the provider.
    const pending = pendingLogins.get(id);
    if (pending === undefined) return reply(400, '<p role="alert">Ingen påbörjad inloggning.</p>');
    try {
      const identity = await signIn.complete(url, pending);
      reply(200, `<output id="identity">${escapeHtml(JSON.stringify(identity))}</output>`);
    } catch (error) {
      reply(error instanceof AppError ? 401 : 500, `<p role="alert">${escapeHtml(error instanceof Error ? error.message : String(error))}</p>`);
    }
  } else if (url.pathname === '/logout') {
    reply(302, '', { location: signIn.logoutUrl(`${base}/signed-out`) ?? `${base}/signed-out` });
  } else if (url.pathname === '/signed-out') {
    reply(200, '<p id="signed-out">Utloggad.</p>');
  } else {
    reply(404, 'Finns inte.');
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function shownIdentity(): Promise<unknown> {
  return JSON.parse(await page.locator('#identity').textContent() ?? 'null');
}

describe('OIDC sign-in through the real redirect flow in Chromium', () => {
  it('signs in on the provider, consents, and comes back with the right identity', async () => {
    await page.goto(`${base}/start`);
    expect(new URL(page.url()).origin).toBe(provider.issuer);
    await signInOnProviderPages(page, 'omar-soc');
    await page.waitForURL(`${base}/callback?**`);
    expect(await shownIdentity()).toEqual({ subject: 'omar-soc', email: 'omar.haddad@exempelkommun.se', name: 'Omar Haddad' });
  });

  it('refuses in Swedish when the person cancels on the provider’s page', async () => {
    await page.goto(`${base}/start`);
    await page.getByRole('link', { name: PROVIDER_CANCEL_LINK }).click();
    await page.waitForURL(`${base}/callback?**`);
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(OIDC_MESSAGES.denied);
  });

  it('refuses a callback replayed in the browser: the provider takes each code once', async () => {
    await page.goto(`${base}/start`);
    await signInOnProviderPages(page, 'anna-strateg');
    await page.waitForURL(`${base}/callback?**`);
    expect(await shownIdentity()).toMatchObject({ subject: 'anna-strateg', email: 'Anna.Lind@exempelkommun.se' });
    await page.reload();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(OIDC_MESSAGES.denied);
  });

  it('signs out at the provider through logoutUrl, so the next sign-in asks for the login again', async () => {
    await page.goto(`${base}/start`);
    await signInOnProviderPages(page, 'anna-strateg');
    await page.waitForURL(`${base}/callback?**`);
    await page.goto(`${base}/logout`);
    await page.getByRole('button', { name: PROVIDER_CONFIRM_SIGN_OUT }).click();
    await page.waitForURL(`${base}/signed-out`);
    await page.goto(`${base}/start`);
    await expect(page.locator('input[name="login"]').count()).resolves.toBe(1);
  });
});
