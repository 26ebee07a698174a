import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/axe';
import { openAppPage, SCREENSHOTS, showView, useDemoApp, type AppPage } from '../helpers/demoApp';
import { docxText, readZipEntry } from '../helpers/zipEntry';
import { addDaysIso } from '@renderer/views/followup/days';

const TITLE = 'Granskning av stödet till våldsutsatta äldre';
const R1 = 'Säkerställ att medarbetare i äldreomsorgen kan upptäcka våld och vet hur de ska agera.';
const R2 = 'Ta fram en gemensam rutin för samverkan mellan socialtjänsten och äldreomsorgen.';
const ANSWER = 'Socialnämnden instämmer. En utbildningsinsats genomförs under våren för alla enheter.';

const demo = useDemoApp('audits');

/** ISO date `days` from the app's today (browser mode's --today), whatever day the tests run. */
const inDays = (days: number): string => addDaysIso(demo.today, days);

const openApp = () => openAppPage(demo);

/** The dashboard's count of missing answers due within 30 days (RecommendationsDue, mounted in Översikt). */
async function dueSoon(page: Page): Promise<number> {
  await showView(page, 'Översikt');
  const figure = page.locator('[data-due="soon"]');
  await figure.waitFor();
  return Number(await figure.textContent());
}

/** Waits until the dashboard shows `expected` (it reloads after every write). */
async function expectDueSoon(page: Page, expected: number): Promise<void> {
  await showView(page, 'Översikt');
  await expect.poll(async () => Number(await page.locator('[data-due="soon"]').textContent())).toBe(expected);
}

/** The granskning registered by the first test, opened in Granskningar with a nämnd chosen for its svar. */
async function openSvarFor(bodyName: string): Promise<AppPage> {
  const page = await openApp();
  await showView(page, 'Granskningar');
  await page.getByRole('button', { name: new RegExp(TITLE) }).click();
  await page.getByRole('heading', { level: 2, name: TITLE }).waitFor();
  await page.getByLabel('Nämnd', { exact: true }).selectOption({ label: bodyName });
  return page;
}

async function dialog(page: Page, title: string) {
  const d = page.getByRole('dialog', { name: title });
  await d.waitFor();
  return d;
}

// The tests share one plan file and build on each other, in order (vitest runs a file's tests in sequence).
describe('Granskningar, end to end in Chromium on the demo plan file', () => {
  it('registers a granskning with two recommendations to two nämnder, answers one, and the dashboard count follows', async () => {
    const page = await openApp();
    const before = await dueSoon(page);

    await showView(page, 'Granskningar');
    await page.getByRole('button', { name: 'Registrera granskning', exact: true }).click();
    let form = await dialog(page, 'Registrera granskning');
    await form.getByLabel('Titel').fill(TITLE);
    await form.getByLabel('Granskare', { exact: true }).fill('EY på uppdrag av de förtroendevalda revisorerna');
    await form.getByLabel('Rapportdatum').fill(inDays(-20));
    await form.getByLabel('Diarienummer').fill('REV 2026/31');
    await form.getByLabel('Svar senast').fill(inDays(14));
    await form.getByLabel('Svar senast').press('Tab');
    await form.getByRole('checkbox', { name: 'Socialnämnden' }).check();
    await form.getByRole('checkbox', { name: 'Vård- och omsorgsnämnden' }).check();
    await form.getByLabel('Syfte').fill('Att bedöma om nämnderna har en ändamålsenlig styrning av stödet till våldsutsatta äldre.');
    await form.getByLabel('Sammanfattande bedömning').fill('Vi bedömer att styrningen delvis är ändamålsenlig.');
    await form.getByRole('button', { name: 'Registrera', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: TITLE }).waitFor();

    await page.getByRole('button', { name: 'Ny revisionsfråga', exact: true }).click();
    form = await dialog(page, 'Ny revisionsfråga');
    await form.getByLabel('Revisionsfråga').fill('Finns rutiner för att upptäcka våld mot äldre?');
    await form.getByLabel('Bedömning').selectOption({ label: 'Delvis' });
    await form.getByLabel('Motivering').fill('Rutiner finns inom hemtjänsten men inte inom särskilt boende.');
    await form.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await page.getByRole('row', { name: /Finns rutiner för att upptäcka våld mot äldre\?.*Delvis/ }).waitFor();

    for (const text of [R1, R2]) {
      await page.getByRole('button', { name: 'Ny rekommendation', exact: true }).click();
      form = await dialog(page, 'Ny rekommendation');
      await form.getByLabel('Rekommendation').fill(text);
      // The granskade nämnder are ticked already: Socialnämnden and Vård- och omsorgsnämnden.
      expect(await form.getByRole('checkbox', { name: 'Socialnämnden' }).isChecked()).toBe(true);
      expect(await form.getByRole('checkbox', { name: 'Vård- och omsorgsnämnden' }).isChecked()).toBe(true);
      await form.getByRole('button', { name: 'Lägg till', exact: true }).click();
      await page.getByRole('article').filter({ hasText: text }).waitFor();
    }
    await expect.poll(() => page.locator('.audit-addressee').count()).toBe(4);
    await expectDueSoon(page, before + 4);

    await showView(page, 'Granskningar');
    await page.getByRole('button', { name: 'Registrera svar från Socialnämnden på rekommendation 1', exact: true }).click();
    form = await dialog(page, 'Svar från Socialnämnden på rekommendation 1');
    await form.getByLabel('Svar', { exact: true }).fill(ANSWER);
    await form.getByLabel('Ansvarig').fill('Verksamhetschef äldreomsorg');
    await form.getByLabel('Status').selectOption({ label: 'Pågående' });
    await form.getByRole('button', { name: 'Spara svar', exact: true }).click();
    await page.getByText(ANSWER).waitFor();

    await expectDueSoon(page, before + 3);
    const row = page.locator('.due-table tr[data-body="Socialnämnden"]');
    await row.waitFor();
    expect(await row.locator('td').nth(1).textContent()).toBe('1');
    await page.locator('.due').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SCREENSHOTS, 'oversikt-rekommendationer-1366x768.png') });
    expect(page.errors).toEqual([]);
  }, 120_000);

  it('exports the Socialnämnden’s svar as a DOCX download holding every recommendation and its answer, asking first about what is empty', async () => {
    const page = await openSvarFor('Socialnämnden');
    await page.getByRole('button', { name: 'Exportera svar (DOCX)', exact: true }).click();
    // The demo has no author yet: the first export asks once (tests/e2e/settings.test.ts); skip it here.
    await page.getByRole('dialog', { name: 'Inställningar' }).getByRole('button', { name: 'Hoppa över', exact: true }).click();
    // Then the export says what is empty, and writes only when asked to.
    const ask = page.getByRole('dialog', { name: /^Fem uppgifter saknas – exportera ändå\?$/ });
    await ask.getByText('Inte ifyllt: Handläggare, Sammanfattning, Ärendets beredning, Förvaltningschef och Svar på rekommendation 2.', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'svar-saknas-1366x768.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), ask.getByRole('button', { name: 'Exportera ändå', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('Svar på revisionsrapport – Socialnämnden.docx');
    const path = join(demo.dir, 'svar.docx');
    await download.saveAs(path);
    const text = docxText(readZipEntry(readFileSync(path), 'word/document.xml')).replace(/\s+/g, ' ');
    for (const expected of [R1, R2, ANSWER, 'Förvaltningens förslag till beslut', 'Förvaltningens synpunkter']) expect(text).toContain(expected);
    // No placeholder ever reaches the document: what is missing is left out.
    expect(text).not.toMatch(/\[/);
    expect(page.errors).toEqual([]);
  }, 60_000);

  it('keeps the svar’s texts per granskning and nämnd, and exports the nämnd’s yttrande signed by the ordförande', async () => {
    const page = await openSvarFor('Socialnämnden');
    await page.getByRole('button', { name: 'Svarets texter…', exact: true }).click();
    const texts = await dialog(page, 'Svarets texter – Socialnämnden');
    await texts.getByLabel('Nämndens ställningstagande').fill('I huvudsak ställer sig socialnämnden bakom revisorernas rekommendationer.');
    await texts.getByLabel('Beslutsdatum').fill(inDays(-1));
    await texts.getByLabel('Paragraf').fill('§ 88');
    await texts.getByLabel('Ordförande').fill('Helena Berg');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'svar-texter-1366x768.png') });
    await texts.getByRole('button', { name: 'Spara texterna', exact: true }).click();
    await texts.waitFor({ state: 'hidden' });

    await page.getByRole('radio', { name: 'Yttrande från nämnden' }).check();
    await page.getByRole('button', { name: 'Exportera svar (DOCX)', exact: true }).click();
    await page.getByRole('dialog', { name: 'Inställningar' }).getByRole('button', { name: 'Hoppa över', exact: true }).click();
    // Only the unanswered recommendation is left to ask about for the yttrande.
    const ask = page.getByRole('dialog', { name: 'Svar på rekommendation 2 saknas – exportera ändå?' });
    const [download] = await Promise.all([page.waitForEvent('download'), ask.getByRole('button', { name: 'Exportera ändå', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('Yttrande över revisionsrapport – Socialnämnden.docx');
    const path = join(demo.dir, 'yttrande.docx');
    await download.saveAs(path);
    const text = docxText(readZipEntry(readFileSync(path), 'word/document.xml')).replace(/\s+/g, ' ');
    for (const expected of ['Kommunens revisorer', 'I huvudsak ställer sig socialnämnden bakom', R1, ANSWER, 'Helena Berg Ordförande Socialnämnden', '§ 88.']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toMatch(/\[/);
    expect(page.errors).toEqual([]);
  }, 60_000);

  it('creates an åtgärd from a recommendation in one step, linked and with the nämnd as huvudansvarig', async () => {
    const page = await openApp();
    await showView(page, 'Granskningar');
    await page.getByRole('button', { name: new RegExp(TITLE) }).click();
    await page.getByRole('button', { name: 'Skapa åtgärd av rekommendation 2', exact: true }).click();
    const form = await dialog(page, 'Skapa åtgärd av rekommendation 2');
    await form.getByLabel('Utvecklingsområde').selectOption({ label: 'Samordning' });
    await form.getByLabel('Huvudansvarig').selectOption({ label: 'Vård- och omsorgsnämnden' });
    await form.getByLabel('Nummer').fill('6.9');
    await page.screenshot({ path: join(SCREENSHOTS, 'granskningar-skapa-atgard-1366x768.png') });
    await form.getByRole('button', { name: 'Skapa åtgärd', exact: true }).click();
    const card = page.getByRole('article').filter({ hasText: R2 });
    await card.getByRole('button', { name: /^6\.9 Ta fram en gemensam rutin för samverkan/ }).waitFor();
    // One Ctrl+Z takes back the åtgärd and the link together.
    await page.getByRole('button', { name: /^Ångra: Ny åtgärd/ }).click();
    await expect.poll(() => card.getByRole('button', { name: /^6\.9 / }).count()).toBe(0);
    expect(page.errors).toEqual([]);
  }, 60_000);

  it('Granskningar: axe-core finds nothing serious or critical, also with a form open; screenshots at 1366×768', async () => {
    const page = await openApp();
    await showView(page, 'Granskningar');
    // The demo's granskning has answers, follow-ups and links: the fullest page to check.
    await page.getByRole('button', { name: /^Granskning av kommunens arbete mot våld i nära relationer/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Granskning av kommunens arbete mot våld i nära relationer' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'granskningar-1366x768.png') });
    await page.getByRole('heading', { level: 4, name: 'Rekommendation 3' }).evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SCREENSHOTS, 'granskningar-rekommendationer-1366x768.png') });
    await page.getByRole('heading', { level: 3, name: 'Svar på revisionsrapport' }).evaluate((e) => e.scrollIntoView({ block: 'end' }));
    await page.screenshot({ path: join(SCREENSHOTS, 'granskningar-export-1366x768.png') });
    await page.getByRole('button', { name: 'Registrera granskning', exact: true }).click();
    await dialog(page, 'Registrera granskning');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'granskningar-registrera-1366x768.png') });
    expect(page.errors).toEqual([]);
  }, 60_000);
});

describe('Indikatorer, end to end', () => {
  it('shows the 60 ÖJ indicators, records a value, compares with riket and earlier years, with a table alternative', async () => {
    const page = await openApp();
    await showView(page, 'Indikatorer');
    const rows = page.locator('tr[data-indicator]');
    await expect.poll(() => rows.count()).toBe(60);
    const answered = page.locator('[data-indicator-figure="answered"]');
    const before = Number(await answered.textContent());

    const row = page.locator('tr[data-indicator="OJ15-60"]');
    await row.getByRole('combobox').selectOption({ label: 'Ja (2)' });
    await expect.poll(async () => Number(await answered.textContent())).toBe(before + 1);

    const chart = page.getByRole('img', { name: /Andel ja-svar per kvalitetsområde/ });
    await chart.waitFor();
    const figure = page.getByRole('figure', { name: /Andel ja-svar per kvalitetsområde/ });
    await figure.getByRole('button', { name: 'Visa som tabell', exact: true }).click();
    await figure.getByRole('columnheader', { name: 'Riket (ÖJ 2015)' }).waitFor();
    await figure.getByRole('row', { name: /Tillgänglighet/ }).waitFor();
    await figure.getByRole('button', { name: 'Visa som diagram', exact: true }).click();
    await page.getByRole('img', { name: 'Kommunens svar per år' }).waitFor();

    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'indikatorer-1366x768.png') });
    await page.getByRole('heading', { level: 2, name: /Indikatorer och svar/ }).evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SCREENSHOTS, 'indikatorer-tabell-1366x768.png') });

    await page.getByRole('button', { name: 'Ny egen indikator', exact: true }).click();
    const form = await dialog(page, 'Ny egen indikator');
    await form.getByLabel('Kod').fill('EGEN-1');
    await form.getByLabel('Indikator', { exact: true }).fill('Andel medarbetare i äldreomsorgen som gått webbutbildningen');
    await form.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await expect.poll(() => rows.count()).toBe(61);
    await page.locator('tr[data-indicator="EGEN-1"]').waitFor();
    expect(page.errors).toEqual([]);
  }, 90_000);
});
