import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CallInput, CallName, CallOutput } from '@shared/api/contract';
import type { MeasureProgressState } from '@shared/domain/measureProgress';
import { seriousViolations } from '../helpers/axe';
import { callApi, openAppPage, SCREENSHOTS, showView, useDemoApp, type AppPage } from '../helpers/demoApp';
import { IMPORT_FIXTURES } from '../services/import/importHelpers';

/**
 * Mått end to end on the demo plan file: utfall recorded with a status in Ny lägesrapport, the
 * åtgärd's trend and table, Översikt's Mått panel and its drill-down, a refused figure, and a mått
 * deleted and brought back. What the page shows is compared with what the API says is in the file.
 */
const demo = useDemoApp('measures');
const api = <K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> => callApi(demo.app, name, input);
const SLOW = 120_000;

async function openAction(number: string): Promise<{ page: AppPage; actionId: number }> {
  const action = (await api('listActions', { planId: 1 })).find((a) => a.number === number)!;
  const page = await openAppPage(demo);
  await page.evaluate((id) => { window.location.hash = `#/plan/atgard/${id}`; }, action.id);
  await page.getByRole('heading', { level: 1, name: `${action.number} ${action.title}` }).waitFor();
  await page.locator('article.measure').first().waitFor();
  return { page, actionId: action.id };
}

async function panelCounts(page: Page): Promise<Partial<Record<MeasureProgressState, number>>> {
  const panel = page.locator('.measure-panel');
  await panel.locator('[data-measure-state]').first().waitFor();
  return Object.fromEntries(await panel.locator('[data-measure-state]').evaluateAll((els) =>
    els.map((el) => [el.getAttribute('data-measure-state'), Number(el.textContent)])));
}

async function openOverview(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: 'Översikt', exact: true }).click();
  await page.locator('.dashboard[data-ready="true"]').waitFor();
}

describe('mått and utfall, end to end', { timeout: SLOW }, () => {
  it('records a status with two utfall in Ny lägesrapport, shows them in the trend and the table, and moves Översikt’s Mått panel', async () => {
    const { page, actionId } = await openAction('1.5');
    const { today } = await api('getAppInfo', {});
    const before = await api('getMeasureOverview', { planId: 1, asOf: today });
    await openOverview(page);
    expect(await panelCounts(page)).toEqual(Object.fromEntries(Object.entries(before.counts).filter(([s, n]) => s !== 'not_judged' || n > 0)));
    await page.screenshot({ path: join(SCREENSHOTS, 'matt-oversikt.png'), fullPage: true });

    await page.evaluate((id) => { window.location.hash = `#/plan/atgard/${id}`; }, actionId);
    await page.locator('article.measure').first().waitFor();
    const measures = await api('listMeasures', { actionId });
    expect(measures.map((m) => m.name)).toEqual(['Barn som fått stödsamtal', 'Väntetid till första stödsamtal']);
    await page.getByRole('button', { name: 'Ny lägesrapport', exact: true }).click();
    const form = page.getByRole('dialog', { name: /^Ny lägesrapport/ });
    await form.getByLabel('Status', { exact: true }).selectOption({ label: 'Pågående' });
    await form.getByLabel('Kommentar', { exact: true }).fill('Två nya samtalsledare har börjat. Väntetiden har kortats.');
    await form.getByLabel('Barn som fått stödsamtal (antal)').fill('58');
    await form.getByLabel('Väntetid till första stödsamtal (dagar)').fill('19,5');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'matt-ny-lagesrapport.png'), fullPage: true });
    await form.getByRole('button', { name: 'Spara lägesrapporten', exact: true }).click();
    await form.waitFor({ state: 'hidden' });

    // The file has both utfall, for the report's period, and one Ctrl+Z would take all of it back.
    const after = await api('listMeasures', { actionId });
    const period = (await api('listStatusReports', { actionId }))[0].period;
    expect(after.map((m) => m.values.at(-1))).toEqual([
      expect.objectContaining({ period, value: 58, measuredOn: today }), expect.objectContaining({ period, value: 19.5, measuredOn: today }),
    ]);
    expect((await api('getUndoState', {}))?.label).toBe('Ny lägesrapport (3 ändringar)');

    // The trend names the new figure, and the table lists it first.
    const first = page.locator('article.measure').first();
    await expect.poll(() => first.locator('tbody tr').first().textContent()).toContain('58');
    expect(await first.locator('[role="img"]').getAttribute('aria-label')).toMatch(/T3 2026: 58\./);
    expect(await page.locator('article.measure').nth(1).locator('tbody tr').first().textContent()).toContain('19,5 dagar');
    expect(await first.locator('.measure-state').textContent()).toBe('I fas');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'matt-atgard.png'), fullPage: true });

    // Översikt's Mått panel moved as the file says: two mått without utfall this year now have one.
    const now = await api('getMeasureOverview', { planId: 1, asOf: today });
    expect(now.counts.no_value).toBe(before.counts.no_value - 2);
    await openOverview(page);
    expect(await panelCounts(page)).toMatchObject({ on_track: now.counts.on_track, off_track: now.counts.off_track, no_value: now.counts.no_value });
    await page.locator('.measure-panel').getByRole('button', { name: /I fas/ }).click();
    const drill = page.getByRole('dialog', { name: /^I fas – / });
    await expect.poll(() => drill.locator('tbody tr').count()).toBe(now.counts.on_track);
    expect(await drill.textContent()).toContain('Väntetid till första stödsamtal');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'matt-drilldown.png') });
    // The åtgärd opens from the drill-down.
    await drill.getByRole('button', { name: '1.5 Stödsamtal för barn som upplevt våld' }).first().click();
    await page.getByRole('heading', { level: 1, name: '1.5 Stödsamtal för barn som upplevt våld' }).waitFor();
    expect(page.errors).toEqual([]);
  });

  it('says beside the field why a figure that is not a number is refused, and saves nothing', async () => {
    const { page, actionId } = await openAction('1.1');
    const reports = (await api('listStatusReports', { actionId })).length;
    await page.getByRole('button', { name: 'Ny lägesrapport', exact: true }).click();
    const form = page.getByRole('dialog', { name: /^Ny lägesrapport/ });
    const field = form.getByLabel('Andel utredningar med dokumenterad farlighetsbedömning (procent)');
    await field.fill('nittio');
    await form.getByRole('button', { name: 'Spara lägesrapporten', exact: true }).click();
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('.field-error').first().textContent()).toBe('”nittio” är inte ett tal. Skriv till exempel 64 eller 1,5.');
    expect((await api('listStatusReports', { actionId })).length).toBe(reports);
    // A share above 100 is refused by the main process, beside the same field.
    await field.fill('140');
    await form.getByRole('button', { name: 'Spara lägesrapporten', exact: true }).click();
    await expect.poll(() => form.locator('.field-error').first().textContent()).toBe('Utfallet måste vara en andel mellan 0 och 100 procent.');
    expect((await api('listStatusReports', { actionId })).length).toBe(reports);
    expect(page.errors).toEqual([]);
  });

  it('adds a mått with its målvärde, asks before deleting it with its utfall, and Ctrl+Z brings it back', async () => {
    const { page, actionId } = await openAction('2.1');
    await page.getByRole('button', { name: 'Nytt mått', exact: true }).click();
    const form = page.getByRole('dialog', { name: 'Nytt mått' });
    await form.getByLabel('Namn', { exact: true }).fill('Andel som fullföljt behandlingen');
    await form.getByLabel('Enhet', { exact: true }).selectOption({ label: 'Procent' });
    await form.getByLabel('Utgångsvärde', { exact: true }).fill('45');
    await form.getByLabel('År för utgångsvärdet', { exact: true }).fill('2024');
    await form.getByLabel('Målvärde', { exact: true }).fill('70');
    await form.getByRole('textbox', { name: 'Målvärdet ska vara nått', exact: true }).fill('2027-12-31');
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await form.waitFor({ state: 'hidden' });
    const card = page.locator('article.measure', { hasText: 'Andel som fullföljt behandlingen' });
    await card.getByRole('button', { name: 'Nytt utfall', exact: true }).click();
    const value = page.getByRole('dialog', { name: 'Nytt utfall – Andel som fullföljt behandlingen' });
    await value.getByLabel('Period', { exact: true }).fill('2020');
    await value.getByLabel('Utfall (procent)').fill('52');
    await value.getByRole('button', { name: 'Spara', exact: true }).click();
    // Outside the plan's years: a warning first, then it is allowed.
    await value.getByRole('alert').filter({ hasText: 'Perioden 2020 ligger utanför planperioden 2022–2027.' }).waitFor();
    await value.getByRole('button', { name: 'Spara ändå', exact: true }).click();
    await value.waitFor({ state: 'hidden' });
    const created = (await api('listMeasures', { actionId })).find((m) => m.name === 'Andel som fullföljt behandlingen')!;
    expect(created).toMatchObject({ unit: 'procent', baselineValue: 45, targetValue: 70, targetDate: '2027-12-31', values: [expect.objectContaining({ period: '2020', value: 52 })] });

    await card.getByRole('button', { name: 'Ta bort måttet', exact: true }).click();
    const confirm = page.getByRole('alertdialog').or(page.getByRole('dialog', { name: 'Ta bort mått?' }));
    await expect.poll(() => confirm.textContent()).toContain('tas bort tillsammans med 1 utfall');
    await confirm.getByRole('button', { name: 'Ta bort', exact: true }).click();
    await expect.poll(async () => (await api('listMeasures', { actionId })).some((m) => m.id === created.id)).toBe(false);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await api('listMeasures', { actionId })).find((m) => m.id === created.id)?.values.length).toBe(1);
    await card.waitFor();
    expect(page.errors).toEqual([]);
  });

  it('gives each område with mått a slide in presentationsläge, with each mått’s trend against its målvärde', async () => {
    const page = await openAppPage(demo);
    await openOverview(page);
    await page.getByRole('button', { name: /^Presentationsläge/ }).click();
    const stage = page.locator('.presentation');
    await stage.waitFor();
    const slide = page.locator('section.slide');
    for (let i = 0; i < 10 && !(await slide.getAttribute('data-slide'))?.startsWith('measures-'); i++) await page.keyboard.press('ArrowRight');
    expect(await slide.locator('.slide-title').textContent()).toBe('1. Insatser för utsatta – mått (1/2)');
    const cards = slide.locator('article.slide-measure');
    expect(await cards.count()).toBe(4);
    expect(await cards.first().textContent()).toContain('Våldsutsatta vuxna som fått stöd av socialtjänsten');
    expect(await cards.nth(1).locator('[role="img"]').getAttribute('aria-label')).toMatch(/^Linjediagram, Andel utredningar med dokumenterad farlighetsbedömning\. 2022: 55\u00a0%/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'matt-presentation.png') });
    expect(page.errors).toEqual([]);
  });

  it('lets the kommun answer an own indicator with a number, while the ÖJ indicators stay Ja/Delvis/Nej', async () => {
    const own = await api('createIndicator', { code: 'EGEN-9', text: 'Anmälda brott om grov kvinnofridskränkning', unit: 'antal' });
    const { today } = await api('getAppInfo', {});
    const year = Number(today.slice(0, 4));
    await api('setIndicatorValue', { indicatorId: own.id, year: year - 1, value: 41 });
    const page = await openAppPage(demo);
    await showView(page, 'Indikatorer');
    await page.locator('.indicator-year select').selectOption(String(year));
    const row = page.locator('tr[data-indicator="EGEN-9"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('41');
    await row.getByRole('button', { name: 'Anmälda brott om grov kvinnofridskränkning' }).click();
    const dialog = page.getByRole('dialog', { name: /^EGEN-9/ });
    await dialog.getByLabel(`Värde ${year} (antal)`).fill('1 250');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'matt-egen-indikator.png') });
    await dialog.getByRole('button', { name: 'Spara', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    const saved = (await api('listIndicators', {})).find((i) => i.id === own.id)!;
    expect(saved.values.find((v) => v.year === year)).toMatchObject({ value: 1250, score: null });
    expect(page.errors).toEqual([]);
  });

  // Last: the import selects the new plan, and the tests above are about the demo plan.
  it('imports a plan with mått columns: shows each row’s reading, lets the strateg change a unit and leave a mått out', async () => {
    const page = await openAppPage(demo);
    await showView(page, 'Import och export');
    await page.getByLabel('Fil att importera').setInputFiles(join(IMPORT_FIXTURES, 'plan-matt.xlsx'));
    const table = page.getByRole('region', { name: 'Mått som läses in' });
    await table.waitFor();
    const mixed = table.locator('tr[data-row="7"]');
    expect(await mixed.textContent()).toContain('Raden läses både som kronor och procent');
    expect(await table.locator('tr[data-row="5"]').textContent()).toContain('”ej mätt” är inte ett tal och sparas som kommentar till måttet.');
    await table.getByLabel('Enhet för Antal ärendedragningar per år (rad 8)').selectOption({ label: 'Antal' });
    await mixed.getByRole('checkbox').uncheck();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'matt-import-preview.png'), fullPage: true });
    await page.getByRole('button', { name: /^Importera \d+ åtgärder$/ }).click();
    await page.getByText(/Klart: .* och 4 mått i ”Handlingsplan med mått 2023–2026”/).waitFor();
    const plan = (await api('listPlans', {})).find((p) => p.name === 'Handlingsplan med mått 2023–2026')!;
    expect((await api('listMeasures', { planId: plan.id })).map((m) => m.name)).not.toContain('Kostnad för kampanjen');
    expect(page.errors).toEqual([]);
  });
});
