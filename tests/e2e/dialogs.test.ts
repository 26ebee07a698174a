import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoPlan } from '../../electron/services/demo/loadDemoPlan';
import { REPORTED_STATUSES } from '@shared/domain/status';
import { seriousViolations } from '../helpers/axe';
import { callApi, openAppPage, SCREENSHOTS, useDemoApp, type AppPage } from '../helpers/demoApp';
import { focusedName, focusIsIn, tabTo } from '../helpers/keyboard';

/**
 * The dialogs no other end-to-end test opens, each driven by the keyboard alone (Tab, Enter,
 * Escape, Space and typing), checked with axe while open, and compared with the file through the
 * API. Screenshots go to test-results/screenshots.
 */
const PLAN_ID = 1;
const demo = useDemoApp('dialogs');

async function keyboardToView(page: Page, name: string, heading: string | RegExp = name): Promise<void> {
  await tabTo(page, page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name, exact: true }));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** The dialog is open, has focus inside it, and axe finds nothing serious with it on top. */
async function expectOpenAndClean(page: Page, dialog: Locator, screenshot: string): Promise<void> {
  await dialog.waitFor();
  await expect.poll(() => focusIsIn(dialog)).toBe(true);
  expect(await seriousViolations(page), screenshot).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, `${screenshot}.png`) });
}

async function openPlan(): Promise<AppPage> {
  const page = await openAppPage(demo);
  await keyboardToView(page, 'Plan', demoPlan.plan.name);
  await page.locator('tr[data-action-id]').first().waitFor();
  return page;
}

/** Utvecklingsområden is a <details> on the plan view: opened with Enter on its summary. */
async function openAreaAdmin(page: Page): Promise<void> {
  await tabTo(page, page.locator('details.area-admin > summary'));
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Nytt utvecklingsområde', exact: true }).waitFor();
}

describe('dialogs driven by the keyboard alone', { timeout: 180_000 }, () => {
  it('Nytt utvecklingsområde: Esc asks before throwing text away, Enter adds it, focus comes back', async () => {
    const page = await openPlan();
    await openAreaAdmin(page);
    await tabTo(page, page.getByRole('button', { name: 'Nytt utvecklingsområde', exact: true }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Nytt utvecklingsområde' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Namn').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Insatser för äldre');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Stöd till våldsutsatta äldre och deras närstående.');
    await expectOpenAndClean(page, dialog, 'dialog-nytt-utvecklingsomrade');

    // Esc with text typed: a question, with Avbryt focused; Enter there keeps the form and its text.
    await page.keyboard.press('Escape');
    const question = page.getByRole('dialog', { name: 'Stänga utan att spara?' });
    await expectOpenAndClean(page, question, 'dialog-stanga-utan-att-spara');
    expect(await focusedName(page)).toBe('Avbryt');
    await page.keyboard.press('Enter');
    await question.waitFor({ state: 'hidden' });
    expect(await dialog.getByLabel('Namn').inputValue()).toBe('Insatser för äldre');

    await tabTo(page, dialog.getByRole('button', { name: 'Lägg till', exact: true }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Utvecklingsområdet lades till.').waitFor();
    await expect.poll(() => focusedName(page)).toBe('Nytt utvecklingsområde');
    const added = (await callApi(demo.app, 'listAreas', { planId: PLAN_ID })).find((a) => a.name === 'Insatser för äldre');
    expect(added).toMatchObject({ description: 'Stöd till våldsutsatta äldre och deras närstående.' });
    expect(page.errors).toEqual([]);
  });

  it('Ändra utvecklingsområde: opens filled in, Enter in Namn saves the new name and keeps the description', async () => {
    const page = await openPlan();
    const area = (await callApi(demo.app, 'listAreas', { planId: PLAN_ID }))[1];
    await openAreaAdmin(page);
    await tabTo(page, page.getByRole('button', { name: `Ändra ${area.name}`, exact: true }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Ändra utvecklingsområde' });
    await expectOpenAndClean(page, dialog, 'dialog-andra-utvecklingsomrade');
    expect(await dialog.getByLabel('Namn').inputValue()).toBe(area.name);
    expect(await dialog.getByLabel('Beskrivning').inputValue()).toBe(area.description);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(`${area.name} och stöd`);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Utvecklingsområdet sparades.').waitFor();
    await expect.poll(() => focusedName(page)).toBe(`Ändra ${area.name} och stöd`);
    const saved = (await callApi(demo.app, 'listAreas', { planId: PLAN_ID })).find((a) => a.id === area.id);
    expect(saved).toMatchObject({ name: `${area.name} och stöd`, description: area.description, position: area.position });
    expect(page.errors).toEqual([]);
  });

  it('a form with unsaved changes asks before the page closes (beforeunload); a clean one does not', async () => {
    const page = await openPlan();
    const asked: string[] = [];
    page.on('dialog', (d) => {
      asked.push(d.type());
      void d.dismiss();
    });
    await openAreaAdmin(page);
    await tabTo(page, page.getByRole('button', { name: 'Nytt utvecklingsområde', exact: true }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Nytt utvecklingsområde' });
    await dialog.waitFor();
    await page.keyboard.type('Påbörjat men inte sparat');
    // Closing the tab runs beforeunload; dismissing the browser's question keeps the page and the text.
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toEqual(['beforeunload']);
    expect(page.isClosed()).toBe(false);
    expect(await dialog.getByLabel('Namn').inputValue()).toBe('Påbörjat men inte sparat');

    await page.keyboard.press('Escape');
    const question = page.getByRole('dialog', { name: 'Stänga utan att spara?' });
    await question.waitFor();
    await tabTo(page, question.getByRole('button', { name: 'Stäng utan att spara', exact: true }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    // Focus back on the opener: the dialog's effects have run, and with them the guard's removal.
    await expect.poll(() => focusedName(page)).toBe('Nytt utvecklingsområde');
    const closed = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await closed;
    expect(asked).toEqual(['beforeunload']);
  });

  it('Ändra nämnd: Esc leaves it as it was; a new name and Aktiv turned off are saved', async () => {
    const page = await openAppPage(demo);
    await keyboardToView(page, 'Nämnder');
    const name = 'Kultur- och fritidsnämnden';
    const before = (await callApi(demo.app, 'listBodies', {})).find((b) => b.name === name)!;
    const edit = page.getByRole('button', { name: `Ändra ${name}`, exact: true });
    await tabTo(page, edit);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Ändra ${name}` });
    await expectOpenAndClean(page, dialog, 'dialog-andra-namnd');
    expect(await dialog.getByLabel('Namn').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(' som inte sparas');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => focusedName(page)).toBe(`Ändra ${name}`);
    expect((await callApi(demo.app, 'listBodies', {})).find((b) => b.id === before.id)).toEqual(before);

    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Fritidsnämnden');
    await tabTo(page, dialog.getByRole('checkbox', { name: 'Aktiv' }));
    await page.keyboard.press('Space');
    expect(await dialog.getByRole('checkbox', { name: 'Aktiv' }).isChecked()).toBe(false);
    await tabTo(page, dialog.getByRole('button', { name: 'Spara', exact: true }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.locator(`tr[data-body-id="${before.id}"] .bodies-inactive-tag`).waitFor();
    expect((await callApi(demo.app, 'listBodies', {})).find((b) => b.id === before.id)).toMatchObject({ name: 'Fritidsnämnden', kind: before.kind, active: false });
    expect(page.errors).toEqual([]);
  });

  it('Ny uppföljning: starts on the app’s today, and Enter saves the status, comment and reporter', async () => {
    const page = await openAppPage(demo);
    await keyboardToView(page, 'Granskningar');
    const [audit] = await callApi(demo.app, 'listAudits', {});
    const detail = await callApi(demo.app, 'getAudit', { id: audit.id });
    const recommendation = detail.recommendations[1];
    const sn = recommendation.addressees.find((a) => a.bodyName === 'Socialnämnden')!;
    await tabTo(page, page.getByRole('button', { name: 'Ny uppföljning för Socialnämnden, rekommendation 2', exact: true }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Ny uppföljning – Socialnämnden' });
    await expectOpenAndClean(page, dialog, 'dialog-ny-uppfoljning');
    expect(await dialog.getByRole('textbox', { name: 'Datum', exact: true }).inputValue()).toBe(demo.today);

    // The status starts as the nämnd's current one; the arrow keys move it down the list to Genomförd.
    const status = dialog.getByLabel('Status');
    expect(await status.inputValue()).toBe(sn.status);
    await tabTo(page, status);
    for (let i = REPORTED_STATUSES.indexOf(sn.status); i < REPORTED_STATUSES.indexOf('genomford'); i++) await page.keyboard.press('ArrowDown');
    expect(await status.inputValue()).toBe('genomford');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Verksamhetsplanen för 2026 har ett eget avsnitt om våld.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Eva Ek');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });

    const followups = await callApi(demo.app, 'listRecommendationFollowups', { recommendationId: recommendation.id, bodyId: sn.bodyId });
    expect(followups).toEqual([expect.objectContaining({
      reportedOn: demo.today, status: 'genomford', comment: 'Verksamhetsplanen för 2026 har ett eget avsnitt om våld.', reportedBy: 'Eva Ek',
    })]);
    await page.locator('.audit-addressee[data-body="Socialnämnden"]', { hasText: 'Uppföljningar (1)' }).first().waitFor();
    expect(page.errors).toEqual([]);
  });

  it('Stäng år and Öppna år igen: each asks first with Avbryt focused; Esc changes nothing, the confirm button does', async () => {
    const page = await openAppPage(demo);
    await keyboardToView(page, 'Rapporter');
    const year = Number(demo.today.slice(0, 4)) - 1;
    const closedYears = async () => (await callApi(demo.app, 'listClosedYears', { planId: PLAN_ID })).map((c) => c.year);
    const closeButton = page.getByRole('button', { name: `Stäng år ${year}`, exact: true });
    await tabTo(page, closeButton);
    await page.keyboard.press('Enter');
    const closing = page.getByRole('dialog', { name: `Stäng år ${year}?` });
    await expectOpenAndClean(page, closing, 'dialog-stang-ar');
    expect(await focusedName(page)).toBe('Avbryt');
    await page.keyboard.press('Escape');
    await closing.waitFor({ state: 'hidden' });
    await expect.poll(() => focusedName(page)).toBe(`Stäng år ${year}`);
    expect(await closedYears()).toEqual([]);

    await page.keyboard.press('Enter');
    await closing.waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe(`Stäng år ${year}`);
    await page.keyboard.press('Enter');
    await closing.waitFor({ state: 'hidden' });
    await page.getByText(new RegExp(`^År ${year} stängdes `)).waitFor();
    expect(await closedYears()).toEqual([year]);

    const reopenButton = page.getByRole('button', { name: `Öppna år ${year} igen`, exact: true });
    await tabTo(page, reopenButton);
    await page.keyboard.press('Enter');
    const reopening = page.getByRole('dialog', { name: `Öppna år ${year} igen?` });
    await expectOpenAndClean(page, reopening, 'dialog-oppna-ar-igen');
    expect(await focusedName(page)).toBe('Avbryt');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await reopening.waitFor({ state: 'hidden' });
    await closeButton.waitFor();
    expect(await closedYears()).toEqual([]);
    expect(page.errors).toEqual([]);
  });
});
