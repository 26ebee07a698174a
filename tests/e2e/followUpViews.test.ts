import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkFollowUpQuality, qualitySummaryText } from '@shared/domain/followUpQuality';
import type { ActionStatusRow, Plan } from '@shared/domain/types';
import { seriousViolations } from '../helpers/axe';
import { callApi, openAppPage, SCREENSHOTS, showView, useDemoApp } from '../helpers/demoApp';
import type { CallInput, CallName, CallOutput } from '@shared/api/contract';
import { runCli } from '../helpers/runCli';

/**
 * The follow-up views (Att göra, Deadlines, Sedan senast, Nämnder, Uppföljningsbarhet) end to end:
 * the real renderer in Chromium against the real database of a fresh demo file, in browser mode.
 */
const WIDTH = 1366;
const HEIGHT = 768;
/** Generous: on a loaded 2-core build machine one page load can take many seconds. */
const TEST_TIMEOUT = 90_000;
const STEP_TIMEOUT = 45_000;

const demo = useDemoApp('followup');
const call = <K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> => callApi(demo.app, name, input);

async function demoPlanAndActions(): Promise<{ plan: Plan; actions: ActionStatusRow[] }> {
  const [plan] = await call('listPlans', {});
  return { plan, actions: await call('listActions', { planId: plan.id }) };
}

const openApp = () => openAppPage(demo, { width: WIDTH, height: HEIGHT, stepTimeout: STEP_TIMEOUT });

async function actionIds(page: Page, selector: string): Promise<number[]> {
  const ids = await page.locator(selector).evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-action-id'))));
  return ids.sort((a, b) => a - b);
}

const hashOf = (page: Page): string => new URL(page.url()).hash;

describe('the follow-up views, on a fresh demo file in browser mode', () => {
  it('Deadlines lists exactly the Försenad åtgärder the API reports, and “Rapportera status” opens the report form', async () => {
    const { actions } = await demoPlanAndActions();
    const overdue = actions.filter((a) => a.effectiveStatus === 'forsenad').map((a) => a.id).sort((a, b) => a - b);
    const summary = JSON.parse(runCli(['summary', '--db', demo.db, '--as-of', demo.today]).stdout) as { byStatus: { forsenad: number } };
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue).toHaveLength(summary.byStatus.forsenad);

    const page = await openApp();
    await showView(page, 'Deadlines');
    const rows = '[data-deadlines="overdue"] tr[data-action-id]';
    await page.locator(rows).first().waitFor();
    expect(await actionIds(page, rows)).toEqual(overdue);

    await page.getByRole('radio', { name: '90 dagar' }).check();
    await page.getByRole('heading', { level: 2, name: /Kommande inom 90 dagar/ }).waitFor();

    const first = page.locator(rows).first();
    const id = Number(await first.getAttribute('data-action-id'));
    await first.getByRole('button', { name: /^Rapportera status/ }).click();
    await expect.poll(() => hashOf(page)).toBe(`#/plan/atgard/${id}/rapportera`);
    expect(page.errors).toEqual([]);
  }, TEST_TIMEOUT);

  it('Sedan senast shows a status report created through the API under “Nya lägesrapporter”', async () => {
    const { actions } = await demoPlanAndActions();
    const info = await call('getAppInfo', {});
    const target = actions.find((a) => a.effectiveStatus === 'pagaende')!;
    const comment = `Testrapport ${Date.now()}: arbetsgruppen har träffats två gånger.`;
    await call('createStatusReport', {
      actionId: target.id, reportedOn: info.today, status: 'pagaende', assessment: 'delvis', comment,
      period: '', reportedBy: 'E2E-test', bodyId: target.responsible[0].bodyId,
    });

    const page = await openApp();
    await showView(page, 'Sedan senast');
    const reports = page.locator('[data-since="reports"]');
    await reports.getByRole('heading', { level: 2, name: /Nya lägesrapporter/ }).waitFor();
    const row = reports.locator('tr', { hasText: comment });
    await row.waitFor();
    expect(await row.getAttribute('data-action-id')).toBe(String(target.id));
    expect(await row.textContent()).toContain(target.responsible[0].bodyName);

    await row.getByRole('button', { name: `${target.number} ${target.title}` }).click();
    await expect.poll(() => hashOf(page)).toBe(`#/plan/atgard/${target.id}`);
    expect(page.errors).toEqual([]);
  }, TEST_TIMEOUT);

  it('Nämnder: a new nämnd is listed; Socialnämnden cannot be deleted and the dialog says why', async () => {
    const page = await openApp();
    await showView(page, 'Nämnder');
    await page.getByRole('textbox', { name: 'Namn' }).fill('Överförmyndarnämnden');
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await page.getByRole('rowheader', { name: 'Överförmyndarnämnden' }).waitFor();
    await page.getByRole('status').getByText('Överförmyndarnämnden lades till.').waitFor();

    await page.getByRole('button', { name: 'Ta bort Socialnämnden', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Kan inte tas bort' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Nämnden ”Socialnämnden” används i planen och i granskningar och kan inte tas bort.');
    expect(await dialog.getByRole('button', { name: 'Ta bort', exact: true }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Stäng', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    // An unused nämnd can be deleted after the confirmation.
    await page.getByRole('button', { name: 'Ta bort Överförmyndarnämnden', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Ta bort Överförmyndarnämnden?' });
    await confirm.getByRole('button', { name: 'Ta bort', exact: true }).click();
    await page.getByRole('rowheader', { name: 'Överförmyndarnämnden' }).waitFor({ state: 'detached' });

    // Each nämnd's åtgärder in the plan open from its row.
    const sn = page.locator('tr', { has: page.getByRole('rowheader', { name: 'Socialnämnden' }) });
    await sn.getByRole('button', { name: /åtgärder/ }).click();
    await page.locator('.bodies-action-list li').first().waitFor();
    expect(page.errors).toEqual([]);
  }, TEST_TIMEOUT);

  it('Att göra is the first view, lists the Försenad åtgärder, and its quick link opens the report form', async () => {
    const { actions } = await demoPlanAndActions();
    const overdue = actions.filter((a) => a.effectiveStatus === 'forsenad').map((a) => a.id).sort((a, b) => a - b);
    const page = await openApp();
    await page.getByRole('heading', { level: 1, name: 'Att göra' }).waitFor();
    const items = '[data-todo="forsenade"] li[data-action-id]';
    await page.locator(items).first().waitFor();
    expect(await actionIds(page, items)).toEqual(overdue);

    const first = page.locator(items).first();
    const id = Number(await first.getAttribute('data-action-id'));
    await first.getByRole('button', { name: /^Rapportera status/ }).click();
    await expect.poll(() => hashOf(page)).toBe(`#/plan/atgard/${id}/rapportera`);

    expect(page.errors).toEqual([]);
  }, TEST_TIMEOUT);

  it('Att göra: a nämnd that has not reported for the period leads to Nämnder, with its åtgärder open', async () => {
    const page = await openApp();
    const silent = page.locator('[data-todo="namnder"] li[data-body-id]').first();
    await silent.waitFor();
    const bodyId = await silent.getAttribute('data-body-id');
    await silent.getByRole('button', { name: /^Visa i Nämnder/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Nämnder' }).waitFor();
    await page.locator(`#bodies-actions-${bodyId}`).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 }).toBe(`bodies-toggle-${bodyId}`);
    expect(page.errors).toEqual([]);
  }, TEST_TIMEOUT);

  it('Uppföljningsbarhet shows the whole-plan summary and a finding for an åtgärd without deadline', async () => {
    const { plan, actions } = await demoPlanAndActions();
    const expected = qualitySummaryText(checkFollowUpQuality(plan, actions));
    expect(expected).toMatch(/^\d+ av 33 åtgärder har minst en brist$/);
    const undated = actions.find((a) => a.deadline === null)!;

    const page = await openApp();
    await showView(page, 'Uppföljningsbarhet');
    await page.locator('[data-quality-summary]').waitFor();
    expect(await page.locator('[data-quality-summary]').textContent()).toBe(expected);
    const row = page.locator(`tr[data-action-id="${undated.id}"]`);
    expect(await row.locator('[data-issue="no_deadline"]').textContent()).toContain('Ingen deadline');

    await row.getByRole('button', { name: /^Åtgärda/ }).click();
    await expect.poll(() => hashOf(page)).toBe(`#/plan/atgard/${undated.id}`);
    expect(page.errors).toEqual([]);
  }, TEST_TIMEOUT);

  it('axe-core finds nothing serious or critical on any follow-up view (screenshots at 1366×768)', async () => {
    const page = await openApp();
    const views: [string, string][] = [
      ['Att göra', 'att-gora'], ['Deadlines', 'deadlines'], ['Sedan senast', 'sedan-senast'], ['Nämnder', 'namnder'],
      ['Uppföljningsbarhet', 'uppfoljningsbarhet'],
    ];
    for (const [view, file] of views) {
      await showView(page, view);
      await page.waitForLoadState('networkidle');
      await page.getByText('Hämtar uppgifter …').waitFor({ state: 'detached' });
      expect(await seriousViolations(page), view).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `${file}-${WIDTH}x${HEIGHT}.png`) });
    }
    expect(page.errors).toEqual([]);
  }, 2 * TEST_TIMEOUT);
});
