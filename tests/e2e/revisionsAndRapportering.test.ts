import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CallInput, CallName, CallOutput } from '@shared/api/contract';
import { seriousViolations } from '../helpers/axe';
import { callApi, openAppPage, SCREENSHOTS, showView, useDemoApp } from '../helpers/demoApp';

/**
 * Issue 14 on the screens around the report: the plan's overdue revision (Att göra, Översikt, the
 * plan's revision history), the "Ej rapporterad under året" mark, and Avbruten asking for its beslut.
 */
const TEST_TIMEOUT = 90_000;
const demo = useDemoApp('revisions');
const call = <K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> => callApi(demo.app, name, input);
const openApp = () => openAppPage(demo, { width: 1366, height: 900, stepTimeout: 45_000 });

async function openPlan(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: 'Plan', exact: true }).click();
  await page.locator('#plan-heading').waitFor();
}

describe('revisions and rapportering in browser mode', () => {
  it('Att göra lists the overdue revision and the åtgärder without a report this year, as the API counts them; axe is clean', async () => {
    const [plan] = await call('listPlans', {});
    const marked = (await call('listActions', { planId: plan.id })).filter((a) => a.notReportedInYear).map((a) => a.id).sort((a, b) => a - b);
    expect(marked.length).toBeGreaterThan(0);
    expect(await call('getRevisionStatus', { planId: plan.id })).toMatchObject({ overdue: true, nextDue: '2024-03-28' });

    const page = await openApp();
    await showView(page, 'Att göra');
    const unreported = page.locator('[data-todo="ej-rapporterade"] li[data-action-id]');
    await unreported.first().waitFor();
    const ids = (await unreported.evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-action-id'))))).sort((a, b) => a - b);
    expect(ids).toEqual(marked);
    expect(await page.locator('[data-todo="revidering"] li[data-revision-due="2024-03-28"]').count()).toBe(1);
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'att-gora-revidering.png'), fullPage: true });

    await showView(page, 'Översikt');
    await page.locator('[data-revision-overdue]').waitFor();
    expect(await page.locator('[data-figure="not-reported"]').textContent()).toBe(String(marked.length));
    await page.screenshot({ path: join(SCREENSHOTS, 'oversikt-revidering.png') });
    expect(page.errors).toEqual([]);
  }, TEST_TIMEOUT);

  it('records a revision in the plan view, refusing a date in the future beside the field, and the warning goes', async () => {
    const page = await openApp();
    await openPlan(page);
    await page.getByText('Revideringar av planen').click();
    await page.getByRole('button', { name: 'Ny revidering' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny revidering av planen' });
    await dialog.getByRole('textbox', { name: 'Datum för revideringen' }).fill('2099-01-01');
    await dialog.getByRole('textbox', { name: 'Datum för revideringen' }).press('Tab');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.getByText('Datum för revideringen kan inte ligga i framtiden.').first().waitFor();
    await dialog.getByRole('textbox', { name: 'Datum för revideringen' }).fill('2025-10-14');
    await dialog.getByRole('textbox', { name: 'Datum för revideringen' }).press('Tab');
    await dialog.getByRole('textbox', { name: 'Beslutad av' }).fill('Kommunfullmäktige');
    await dialog.getByRole('textbox', { name: 'Diarienummer' }).fill('KS 2025/201');
    await dialog.getByRole('textbox', { name: 'Vad ändrades' }).fill('Ny åtgärd 6.6 om grundutbildning; ansvaret för 1.3 flyttat till socialnämnden.');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('.revision-history td', { hasText: 'KS 2025/201' }).waitFor();
    await expect.poll(() => page.locator('.revision-overdue').count()).toBe(0);
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'plan-revideringar.png') });
    const [plan] = await call('listPlans', {});
    expect(await call('getRevisionStatus', { planId: plan.id })).toMatchObject({ overdue: false, nextDue: '2027-10-14' });
    expect(page.errors).toEqual([]);
  }, TEST_TIMEOUT);

  it('Avbruten in Ny lägesrapport asks for beslut, instans and datum, and refuses half a beslut beside its field', async () => {
    const [plan] = await call('listPlans', {});
    const action = (await call('listActions', { planId: plan.id })).find((a) => a.number === '3.5')!;
    const page = await openApp();
    await openPlan(page);
    await page.locator(`tr[data-action-id="${action.id}"]`).getByRole('button').first().click();
    await page.getByRole('button', { name: 'Ny lägesrapport' }).click();
    const form = page.getByRole('dialog', { name: /^Ny lägesrapport/ });
    await form.getByRole('combobox', { name: 'Status' }).selectOption('avbruten');
    await form.getByRole('group', { name: 'Beslut om att avbryta åtgärden' }).waitFor();
    await form.getByRole('textbox', { name: 'Instans' }).fill('Kommunstyrelsen');
    await form.getByRole('button', { name: 'Spara lägesrapporten' }).click();
    await form.getByText('Ange beslutet om att avbryta åtgärden, till exempel paragraf och ärende.').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'lagesrapport-avbruten.png') });
    await form.getByRole('textbox', { name: 'Beslut', exact: true }).fill('KS § 112, Avslut av åtgärd 3.5');
    await form.getByRole('textbox', { name: 'Beslutsdatum' }).fill('2026-11-10');
    await form.getByRole('textbox', { name: 'Beslutsdatum' }).press('Tab');
    await form.getByRole('button', { name: 'Spara lägesrapporten' }).click();
    await form.waitFor({ state: 'hidden' });
    const [latest] = await call('listStatusReports', { actionId: action.id });
    expect(latest).toMatchObject({ status: 'avbruten', stopDecision: 'KS § 112, Avslut av åtgärd 3.5', stopDecidedBy: 'Kommunstyrelsen', stopDecidedOn: '2026-11-10' });
    await page.getByText('KS § 112, Avslut av åtgärd 3.5', { exact: false }).first().waitFor();
    expect(page.errors).toEqual([]);
  }, TEST_TIMEOUT);
});
