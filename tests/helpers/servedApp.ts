import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium } from './browser';
import type { Role } from '@shared/domain/users';
import { createDemoFile } from '../../electron/services/demo/createDemoFile';
import { openAccountStore } from '../../electron/server/accounts/accountStore';
import { defaultAccountsPath } from '../../electron/server/accounts/paths';
import { tempDir } from './planFile';
import { startServeProcess, stopAll } from './serveProcess';

/** One Chromium for the test file, and every served plan stopped after each test. */
export function useServedBrowser(): () => Browser {
  let browser: Browser;
  beforeAll(async () => { browser = await launchChromium(); });
  afterAll(async () => { await browser.close(); });
  afterEach(stopAll);
  return () => browser;
}

/** A person with a local account on the served plan. */
export interface ServedUser { name: string; login: string; password: string; role: Role }

export const STRATEG: ServedUser = { name: 'Sara Strateg', login: 'sara', password: 'ett riktigt långt lösenord', role: 'admin' };
export const SAMORDNARE: ServedUser = { name: 'Berit Samordnare', login: 'berit', password: 'ett annat långt lösenord', role: 'admin' };
export const LASARE: ServedUser = { name: 'Lars Läsare', login: 'lars', password: 'läsarens långa lösenord', role: 'lasare' };

/**
 * The demo plan served by the built `planuppfoljning serve` (build first: `npm run build`), with
 * these people's accounts, and the first åtgärd of the demo plan to work on.
 */
export async function serveDemo(users: ServedUser[]): Promise<{ origin: string; plan: string; action: { id: number; title: string } }> {
  const plan = join(tempDir(), 'plan.sqlite');
  createDemoFile(plan, 'Demo').db.close();
  const store = openAccountStore(defaultAccountsPath(plan));
  for (const u of users) store.addUser({ name: u.name, login: u.login, role: u.role, password: u.password });
  store.close();
  const db = new Database(plan, { readonly: true });
  const action = db.prepare('SELECT id, title FROM action ORDER BY id LIMIT 1').get() as { id: number; title: string };
  db.close();
  const origin = await startServeProcess(['--db', plan, '--port', '0']).origin;
  if (origin === null) throw new Error('serve did not start');
  return { origin, plan, action };
}

/** A page of its own (own cookies) signed in through the server's sign-in page, as a person does it. */
export async function signedInPage(browser: Browser, origin: string, user: ServedUser, path = '/'): Promise<Page> {
  const context = await browser.newContext({ locale: 'sv-SE' });
  const page = await context.newPage();
  await page.goto(`${origin}${path}`);
  // Nobody signed in: the app sends the browser to the sign-in page.
  await page.waitForURL(/\/auth\/login/);
  await page.locator('input[name="login"]').fill(user.login);
  await page.locator('input[name="password"]').fill(user.password);
  await page.locator('form[action="/auth/login"] [type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/auth/'));
  await page.locator('.signed-in-name', { hasText: user.name }).waitFor();
  // Signing in lands on the start page; the view asked for is opened as a bookmark would be.
  if (path !== '/') {
    await page.goto(`${origin}${path}`);
    await page.locator('.signed-in-name', { hasText: user.name }).waitFor();
  }
  return page;
}
