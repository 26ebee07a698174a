import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoPlan } from '../../electron/services/demo/loadDemoPlan';
import { STATUS_LABEL } from '@shared/labels';
import { seriousViolations } from '../helpers/axe';
import { callApi, openAppPage, SCREENSHOTS, useDemoApp } from '../helpers/demoApp';
import { runCli } from '../helpers/runCli';

/** Before browser mode starts (in beforeAll): what the real clock said when this file began. */
const STARTED = Date.now();
const demo = useDemoApp('browser-mode');

const openApp = (width = 1280, height = 720) => openAppPage(demo, { width, height });

describe('browser mode end to end, on the demo plan file', () => {
  it('prints the URL first, beginning http://127.0.0.1:', () => {
    expect(demo.app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
  });

  it('takes --today as the app’s today; the lock, the backups and the change log keep the real clock', async () => {
    expect((await callApi(demo.app, 'getAppInfo', {})).today).toBe(demo.today);
    const [area] = await callApi(demo.app, 'listAreas', { planId: 1 });
    const before = Date.now();
    await callApi(demo.app, 'updateArea', { id: area.id, patch: { description: `${area.description} Ändrad i test.` } });
    const changes = await callApi(demo.app, 'listChanges', { since: '2000-01-01', planId: 1 });
    const change = changes.find((c) => c.entity === 'area' && c.entityId === area.id)!;
    // Stamped by the clock, not by --today: no earlier than the moment before the call (both run on this machine).
    expect(Date.parse(change.at)).toBeGreaterThanOrEqual(before - 1000);
    // The lock and the backup taken on open carry clock times from this file's run, never --today.
    const lock = JSON.parse(readFileSync(`${demo.db}.lock`, 'utf8')) as { heartbeat: string };
    expect(Date.parse(lock.heartbeat)).toBeGreaterThanOrEqual(STARTED - 1000);
    expect(Date.parse(lock.heartbeat)).toBeLessThanOrEqual(Date.now());
    const backups = readdirSync(join(demo.dir, 'Säkerhetskopior'), { recursive: true }).map(String)
      .map((name) => /(\d{4}-\d\d-\d\d)T(\d\d)-(\d\d)-(\d\d)-(\d{3})Z\.sqlite$/.exec(name)).filter((m) => m !== null)
      .map((m) => Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`));
    expect(backups.length).toBeGreaterThan(0);
    for (const taken of backups) expect(taken).toBeGreaterThanOrEqual(STARTED - 1000);
  });

  it('refuses a --today that is not a date, in Swedish, with exit code 2', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'electron/web/start.ts', '--db', demo.db, '--today', '2026-02-30'],
      { cwd: join(import.meta.dirname, '../..'), encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--today: ”2026-02-30” är inte ett datum (skriv ÅÅÅÅ-MM-DD).');
    expect(result.stdout).toBe('');
  });

  it('shows the plan’s åtgärder with their current status from the real database', async () => {
    const page = await openApp();
    await page.getByRole('button', { name: 'Plan', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: demoPlan.plan.name }).waitFor();
    const rows = page.locator('tr[data-action-id]');
    const actions = demoPlan.areas.flatMap((a) => a.actions);
    await expect.poll(() => rows.count()).toBe(actions.length);
    for (const area of demoPlan.areas) await page.getByRole('heading', { level: 2, name: new RegExp(area.name) }).waitFor();
    const first = actions[0];
    const firstRow = page.locator('tr', { hasText: first.title });
    await expect.poll(() => firstRow.count()).toBe(1);
    expect(await firstRow.textContent()).toContain(first.number);
    await page.screenshot({ path: join(SCREENSHOTS, 'plan-1280x720.png'), fullPage: false });
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
  });

  it('Översikt shows the same figures as `cli summary` for the app’s today', async () => {
    const cli = runCli(['summary', '--db', demo.db, '--as-of', demo.today]);
    expect(cli.stderr).toBe('');
    const summary = JSON.parse(cli.stdout);
    const page = await openApp(1920, 1080);
    await page.getByRole('button', { name: 'Översikt', exact: true }).click();
    await page.locator('[data-figure="total"]').waitFor();
    expect(await page.locator('[data-figure="total"]').textContent()).toBe(String(summary.actions));
    for (const [status, count] of Object.entries(summary.byStatus as Record<string, number>)) {
      expect(await page.locator(`[data-figure="${status}"]`).textContent(), STATUS_LABEL[status as keyof typeof STATUS_LABEL]).toBe(String(count));
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'oversikt-1920x1080.png') });
  });

  it('every view renders without errors and axe-core finds no serious or critical violation', async () => {
    const page = await openApp();
    for (const view of ['Översikt', 'Plan', 'Nämnder', 'Granskningar', 'Rapporter']) {
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: view, exact: true }).click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await seriousViolations(page), view).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `${view.toLowerCase()}-1280x720.png`), fullPage: true });
    }
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
  });
});
