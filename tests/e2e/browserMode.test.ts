import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoPlan } from '../../electron/services/demo/loadDemoPlan';
import { STATUS_LABEL } from '../../shared/labels';
import { seriousViolations } from '../helpers/axe';
import { openAppPage, SCREENSHOTS, useDemoApp } from '../helpers/demoApp';
import { runCli } from '../helpers/runCli';

const demo = useDemoApp('browser-mode');

const openApp = (width = 1280, height = 720) => openAppPage(demo, { width, height });

describe('browser mode end to end, on the demo plan file', () => {
  it('prints the URL first, beginning http://127.0.0.1:', () => {
    expect(demo.app.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
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

  it('Översikt shows the same figures as `cli summary` for today', async () => {
    const cli = runCli(['summary', '--db', demo.db]);
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
      await page.getByRole('button', { name: view, exact: true }).click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await seriousViolations(page), view).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `${view.toLowerCase()}-1280x720.png`), fullPage: true });
    }
    expect((page as Page & { errors: string[] }).errors).toEqual([]);
  });
});
