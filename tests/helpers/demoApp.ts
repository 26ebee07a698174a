import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { CallInput, CallName, CallOutput } from '@shared/api/contract';
import { launchChromium } from './browser';
import { startBrowserMode, type RunningBrowserMode } from './browserMode';
import { runCli } from './runCli';
import { TODAY } from './today';

/** Where end-to-end tests leave the screenshots we look at. */
export const SCREENSHOTS = join(import.meta.dirname, '../../test-results/screenshots');

export interface DemoApp {
  /** The test file's own temporary folder, removed after its tests. */
  dir: string;
  /** The demo plan file, written by `cli demo` like a user would. */
  db: string;
  app: RunningBrowserMode;
  browser: Browser;
  /** The date the app takes as today (browser mode's --today): the demo data is written around it. */
  today: string;
}

/**
 * The set-up every end-to-end file shares: the demo plan in a fresh folder, browser mode serving it
 * with a fixed today (TODAY unless given), and Chromium, all stopped and removed after the file's
 * tests. The fields are filled in beforeAll, so read them inside tests and hooks, not at the top level.
 */
export function useDemoApp(name: string, { today = TODAY }: { today?: string } = {}): DemoApp {
  const demo = { today } as DemoApp;
  beforeAll(async () => {
    demo.dir = mkdtempSync(join(tmpdir(), `planuppfoljning-e2e-${name}-`));
    demo.db = join(demo.dir, 'demo.sqlite');
    expect(runCli(['demo', '--db', demo.db]).status).toBe(0);
    demo.app = await startBrowserMode(demo.db, undefined, { today });
    demo.browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 180_000);
  afterAll(async () => {
    await demo.browser?.close();
    await demo.app?.stop();
    if (demo.dir) rmSync(demo.dir, { recursive: true, force: true });
  });
  return demo;
}

/** The same HTTP API the page uses, with the run's token: the truth to compare the page with. */
export async function callApi<K extends CallName>(app: RunningBrowserMode, name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  const token = new URL(app.url).hash.replace('#token=', '');
  // A fresh connection per call: a kept-alive socket the server has just timed out fails with "other side closed".
  const body = await new Promise<string>((resolve, reject) => {
    const req = request(`${app.origin}/api/${name}`, {
      method: 'POST', agent: false, headers: { 'X-Planuppfoljning-Token': token, 'Content-Type': 'application/json' },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk)).on('end', () => resolve(text)).on('error', reject);
    });
    req.on('error', reject).end(JSON.stringify(input));
  });
  const result = JSON.parse(body) as { ok: true; value: CallOutput<K> } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

/** A page that keeps every page error and console error, so a test can require there were none. */
export type AppPage = Page & { errors: string[] };

/** A new tab on the app (sv-SE, downloads accepted), once its main menu is there. */
export async function openAppPage(demo: DemoApp, { width = 1366, height = 768, stepTimeout }: { width?: number; height?: number; stepTimeout?: number } = {}): Promise<AppPage> {
  const context = await demo.browser.newContext({ viewport: { width, height }, locale: 'sv-SE', acceptDownloads: true });
  if (stepTimeout !== undefined) context.setDefaultTimeout(stepTimeout);
  const page = await context.newPage() as AppPage;
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  await page.goto(demo.app.url);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
  return page;
}

/** Opens a view from the main menu and waits for its heading. */
export async function showView(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}
