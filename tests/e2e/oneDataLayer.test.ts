import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDate } from '@shared/dates';
import type { CallInput, CallName, CallOutput } from '@shared/api/contract';
import { callApi, openAppPage, SCREENSHOTS, showView, useDemoApp } from '../helpers/demoApp';
import { join } from 'node:path';

/**
 * Issue 16: one data layer. Every view has been shown (so its reads sit in the cache), then a
 * status report is saved from the åtgärd detail; Översikt, Att göra, Deadlines, Sedan senast and
 * Nämnder show it at once, without any reload code of their own and without reloading the page.
 */
const TEST_TIMEOUT = 120_000;
const demo = useDemoApp('one-data-layer');
const call = <K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> => callApi(demo.app, name, input);

async function figure(page: Page, key: string): Promise<number> {
  return Number((await page.locator(`[data-figure="${key}"]`).textContent())!.replace(/\s/g, ''));
}

async function ids(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-action-id'))));
}

describe('one data layer: a write shows everywhere', () => {
  it('a status report saved in the åtgärd detail shows in Översikt, Att göra, Deadlines, Sedan senast and Nämnder', async () => {
    const [plan] = await call('listPlans', {});
    const actions = await call('listActions', { planId: plan.id });
    const activity = await call('listBodyActivity', { planId: plan.id });
    const lastReport = new Map(activity.map((a) => [a.bodyId, a.lastReportedOn]));
    // A Försenad åtgärd whose huvudansvarig nämnd has not reported today: every view below changes.
    const target = actions.find((a) => a.effectiveStatus === 'forsenad'
      && a.responsible.some((r) => r.role === 'huvudansvarig' && lastReport.get(r.bodyId) !== demo.today))!;
    const lead = target.responsible.find((r) => r.role === 'huvudansvarig')!;
    const comment = `Klar enligt beslut ${target.number}: rutinen är införd i alla verksamheter.`;

    const page = await openAppPage(demo, { width: 1366, height: 768, stepTimeout: 60_000 });
    // Before: every view shown once, so its reads are cached.
    await showView(page, 'Översikt');
    await page.locator('.dashboard[data-ready="true"]').waitFor();
    const lateBefore = await figure(page, 'forsenad');
    const doneBefore = await figure(page, 'genomford');
    await showView(page, 'Att göra');
    expect(await ids(page, '[data-todo="forsenade"] [data-action-id]')).toContain(target.id);
    await showView(page, 'Deadlines');
    expect(await ids(page, '[data-deadlines="overdue"] tr[data-action-id]')).toContain(target.id);
    await showView(page, 'Sedan senast');
    await page.locator('[data-since="reports"]').waitFor();
    expect(await page.locator('[data-since="reports"] tr', { hasText: comment }).count()).toBe(0);
    await showView(page, 'Nämnder');
    const bodyRow = page.locator(`tr[data-body-id="${lead.bodyId}"]`);
    expect(await bodyRow.locator('td.date').textContent()).not.toBe(formatDate(demo.today));

    // The write: from the åtgärd's detail, Ny lägesrapport → Genomförd.
    await page.evaluate((id) => { window.location.hash = `#/plan/atgard/${id}`; }, target.id);
    await page.getByRole('heading', { level: 1, name: new RegExp(target.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).waitFor();
    await page.getByRole('button', { name: 'Ny lägesrapport', exact: true }).click();
    const form = page.getByRole('dialog', { name: /^Ny lägesrapport/ });
    await form.getByLabel('Status', { exact: true }).selectOption({ label: 'Genomförd' });
    await form.getByLabel('Kommentar', { exact: true }).fill(comment);
    await form.getByLabel('Rapporterad av', { exact: true }).fill('Eva Ek, utvecklingsledare');
    await form.getByLabel('Rapporterande nämnd', { exact: true }).selectOption(String(lead.bodyId));
    await form.getByRole('button', { name: 'Spara lägesrapporten', exact: true }).click();
    await form.waitFor({ state: 'hidden' });
    await page.locator('.timeline', { hasText: comment }).or(page.getByText(comment)).first().waitFor();
    // Ctrl+Z now offers to take the report back: what it would undo is a cached read the write refreshed too.
    await page.getByRole('button', { name: /^Ångra: Ny lägesrapport/ }).waitFor();

    // After: every view shows it, at once (each view's cached read was refetched by the write).
    await showView(page, 'Översikt');
    await page.locator('.dashboard[data-ready="true"]').waitFor();
    await expect.poll(() => figure(page, 'forsenad')).toBe(lateBefore - 1);
    expect(await figure(page, 'genomford')).toBe(doneBefore + 1);
    await showView(page, 'Att göra');
    await expect.poll(() => ids(page, '[data-todo="forsenade"] [data-action-id]')).not.toContain(target.id);
    await showView(page, 'Deadlines');
    await expect.poll(() => ids(page, '[data-deadlines="overdue"] tr[data-action-id]')).not.toContain(target.id);
    await showView(page, 'Sedan senast');
    const row = page.locator('[data-since="reports"] tr', { hasText: comment });
    await row.waitFor();
    expect(await row.getAttribute('data-action-id')).toBe(String(target.id));
    await showView(page, 'Nämnder');
    await expect.poll(() => bodyRow.locator('td.date').textContent()).toBe(formatDate(demo.today));
    await page.screenshot({ path: join(SCREENSHOTS, 'one-data-layer-namnder.png') });
    expect(page.errors).toEqual([]);
  }, TEST_TIMEOUT);
});
