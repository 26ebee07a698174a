import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openAccountStore } from '../../../electron/server/accounts/accountStore';
import { NO_ACCOUNT_MESSAGE } from '../../../electron/server/accounts/signInRules';
import { resolveConfig } from '../../../electron/server/config';
import { OIDC_MESSAGES } from '../../../electron/server/oidc/oidcMessages';
import { startServe, type StartedServer } from '../../../electron/server/serve';
import { OIDC_BUTTON_TEXT } from '../../../electron/server/signInPage';
import { createDemoFile } from '../../../electron/services/demo/createDemoFile';
import { seriousViolations } from '../../helpers/axe';
import { launchChromium } from '../../helpers/browser';
import { SCREENSHOTS } from '../../helpers/demoApp';
import { freePort } from '../../helpers/freePort';
import {
  loopbackContext, PROVIDER_CANCEL_LINK, PROVIDER_CONFIRM_SIGN_OUT, signInOnProviderPages, startTestOidcProvider, TEST_CLIENT_ID, TEST_CLIENT_SECRET, type TestOidcProvider,
} from '../../helpers/oidcProvider';

/**
 * Sign-in with the kommun's identity provider through the real server (startServe: the plan file, the
 * account store, the sign-in page, the /auth routes), in Chromium against a real oidc-provider: the
 * account is found by the identity's e-mail, and sign-out ends the session at the provider too.
 */

let dir: string;
let provider: TestOidcProvider;
let started: StartedServer;
let origin: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  // One folder for the whole file (tempDir() would be emptied after the first test).
  dir = mkdtempSync(join(tmpdir(), 'planuppfoljning-oidc-'));
  const db = join(dir, 'plan.sqlite');
  createDemoFile(db, 'Demo').db.close();
  const accounts = join(dir, 'konton.sqlite');
  const store = openAccountStore(accounts, { authMode: 'oidc' });
  // Another case than the provider's e-mail (Anna.Lind@…): logins match without case.
  store.addUser({ name: 'Anna Lind', login: 'anna.lind@exempelkommun.se', role: 'admin' });
  // The provider marks Eva's e-mail unverified, so this account must not be reachable through it.
  store.addUser({ name: 'Eva Berg', login: 'eva.berg@exempelkommun.se', role: 'lasare' });
  store.close();

  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  provider = await startTestOidcProvider({ redirectUri: `${origin}/auth/oidc/callback`, postLogoutRedirectUri: `${origin}/auth/login` });
  const config = resolveConfig({ db, port: String(port) }, {
    name: 'Exempelkommun',
    auth: { mode: 'oidc', issuer: provider.issuer, clientId: TEST_CLIENT_ID, clientSecret: TEST_CLIENT_SECRET, redirectUri: `${origin}/auth/oidc/callback` },
    accounts,
    securityLog: join(dir, 'sakerhetslogg.jsonl'),
    backups: join(dir, 'Säkerhetskopior'),
  }, dir);
  started = await startServe(config, { rendererDir: rendererFolder(), appVersion: '0.1.0', tell: () => undefined, announce: () => undefined });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await started?.stop();
  await provider?.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  await context?.close();
  context = await loopbackContext(browser);
  page = await context.newPage();
});

/** The renderer's place: this test is about signing in, so an empty app page stands in for the built renderer. */
function rendererFolder(): string {
  const folder = join(dir, 'renderer');
  mkdirSync(join(folder, 'assets'), { recursive: true });
  writeFileSync(join(folder, 'index.html'), '<!doctype html><html lang="sv"><title>Planuppföljning</title><main><h1>Planuppföljning</h1></main></html>');
  return folder;
}

/** From the server's sign-in page through the provider's login and consent pages, as `sub`. */
async function signInAs(sub: string): Promise<void> {
  await page.goto(`${origin}/auth/login`);
  await page.getByRole('link', { name: OIDC_BUTTON_TEXT }).click();
  await page.waitForURL(`${provider.issuer}/**`);
  await signInOnProviderPages(page, sub);
}

/** GET /auth/session from the page, with its cookies, as the renderer asks it. */
async function sessionAnswer(): Promise<{ status: number; body: Record<string, unknown> }> {
  return page.evaluate(async () => {
    const response = await fetch('/auth/session');
    return { status: response.status, body: await response.json() as Record<string, unknown> };
  });
}

function securityLog(): Record<string, unknown>[] {
  const path = join(dir, 'sakerhetslogg.jsonl');
  return existsSync(path) ? readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>) : [];
}

describe('OIDC sign-in through the real server, in Chromium', () => {
  it('shows the sign-in page with the kommun button, and axe finds nothing serious', async () => {
    await page.goto(`${origin}/auth/login`);
    expect(await page.getByRole('link', { name: OIDC_BUTTON_TEXT }).count()).toBe(1);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'server-signin-oidc.png') });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('signs in at the provider and arrives at the app as the account with that e-mail', async () => {
    await signInAs('anna-strateg');
    await page.waitForURL(`${origin}/`);
    const { status, body } = await sessionAnswer();
    expect(status).toBe(200);
    expect(body).toMatchObject({ user: { name: 'Anna Lind', role: 'admin' }, server: { name: 'Exempelkommun', authMode: 'oidc' } });
    expect(typeof body.csrfToken).toBe('string');
  });

  it('refuses a person without an account in Swedish, on the sign-in page, and logs it', async () => {
    await signInAs('omar-soc');
    await page.waitForURL(`${origin}/auth/oidc/callback?**`);
    await expect.poll(() => page.locator('body').textContent()).toContain(NO_ACCOUNT_MESSAGE);
    await page.screenshot({ path: join(SCREENSHOTS, 'server-signin-oidc-refused.png') });
    expect(await seriousViolations(page)).toEqual([]);
    expect((await sessionAnswer()).status).toBe(401);
    expect(securityLog().some((entry) => entry.user === 'omar.haddad@exempelkommun.se' && String(entry.why).includes(NO_ACCOUNT_MESSAGE))).toBe(true);
  });

  it('does not sign in through an e-mail the provider marks unverified, though an account has that login', async () => {
    await signInAs('eva-overifierad');
    await page.waitForURL(`${origin}/auth/oidc/callback?**`);
    await expect.poll(() => page.locator('body').textContent()).toContain(NO_ACCOUNT_MESSAGE);
    expect((await sessionAnswer()).status).toBe(401);
  });

  it('shows the module\'s Swedish refusal on the sign-in page when the person cancels at the provider', async () => {
    await page.goto(`${origin}/auth/login`);
    await page.getByRole('link', { name: OIDC_BUTTON_TEXT }).click();
    await page.getByRole('link', { name: PROVIDER_CANCEL_LINK }).click();
    await page.waitForURL(`${origin}/auth/oidc/callback?**`);
    await expect.poll(() => page.locator('body').textContent()).toContain(OIDC_MESSAGES.denied);
    expect((await sessionAnswer()).status).toBe(401);
  });

  it('signs out: the session ends here and at the provider, and the way back is the sign-in page', async () => {
    await signInAs('anna-strateg');
    await page.waitForURL(`${origin}/`);
    const { body } = await sessionAnswer();
    const logout = await page.evaluate(async (csrf) => {
      const response = await fetch('/auth/logout', { method: 'POST', headers: { 'X-CSRF-Token': csrf } });
      return await response.json() as { ok: boolean; value: { redirectTo: string } };
    }, String(body.csrfToken));
    expect(logout.ok).toBe(true);
    expect(new URL(logout.value.redirectTo).origin).toBe(provider.issuer);
    expect((await sessionAnswer()).status).toBe(401);
    await page.goto(logout.value.redirectTo);
    await page.getByRole('button', { name: PROVIDER_CONFIRM_SIGN_OUT }).click();
    await page.waitForURL(`${origin}/auth/login`);
    // Signed out at the provider as well: the next sign-in asks for the login again.
    await page.getByRole('link', { name: OIDC_BUTTON_TEXT }).click();
    await page.waitForURL(`${provider.issuer}/**`);
    expect(await page.locator('input[name="login"]').count()).toBe(1);
  });
});
