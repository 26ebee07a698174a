import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/axe';
import { callApi, openAppPage, SCREENSHOTS, showView, useDemoApp } from '../helpers/demoApp';

const demo = useDemoApp('settings');
const FIXTURES = join(import.meta.dirname, '../fixtures/settings');

/** Keyboard only: Tab (or Shift+Tab) until the focused element has this accessible name. */
async function tabTo(page: Page, name: string | RegExp, { back = false, limit = 60 } = {}): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return (labelled ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
    });
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`kom inte till ”${String(name)}” med tangentbordet`);
}

async function typeInto(page: Page, label: string, text: string): Promise<void> {
  await tabTo(page, label);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

async function chooseFile(page: Page, path: string): Promise<void> {
  await tabTo(page, 'Logotyp');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  await chooser.setFiles(path);
}

describe('Inställningar in the browser, keyboard only', { timeout: 180_000 }, () => {
  it('saves the author, the kommun and a logo, refuses a logo with a script beside its field, and axe finds nothing serious', async () => {
    const page = await openAppPage(demo);
    // Playwright intercepts file choosers once a listener exists, and turns that on without waiting:
    // a listener from the start means Space on Logotyp never opens an unintercepted one (which hung here).
    page.on('filechooser', () => undefined);
    await tabTo(page, 'Inställningar');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Inställningar' });
    await dialog.waitFor();
    // The kommun is there from the plan already.
    expect(await dialog.getByRole('textbox', { name: 'Kommun' }).inputValue()).toBe('Åsbacka kommun');

    await typeInto(page, 'Namn', 'Anna Lind');
    await typeInto(page, 'Titel', 'Jämställdhetsstrateg');
    await typeInto(page, 'Förvaltning', '   ');

    // A logo with a script: the main process refuses it, the message stands beside Logotyp, and nothing is saved.
    const evil = join(demo.dir, 'farlig.svg');
    writeFileSync(evil, readFileSync(join(FIXTURES, 'logo.svg'), 'utf8').replace('</svg>', '<script>alert(1)</script></svg>'));
    await chooseFile(page, evil);
    await dialog.getByRole('img', { name: 'Vald logotyp: farlig.svg' }).waitFor();
    await tabTo(page, 'Spara');
    await page.keyboard.press('Enter');
    const logoField = dialog.getByLabel('Logotyp');
    await expect.poll(() => logoField.getAttribute('aria-invalid')).toBe('true');
    await dialog.getByText('Logotypen farlig.svg innehåller skript och kan inte användas.', { exact: false }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('file');
    expect((await callApi(demo.app, 'getSettings', {})).authorName).toBe('');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'installningar-refused-logo-1366x768.png') });

    // A file that is not an image is refused at once, before it is sent.
    const text = join(demo.dir, 'logo.txt');
    writeFileSync(text, 'inte en bild');
    await chooseFile(page, text);
    await dialog.getByText('”logo.txt” är inte en PNG- eller SVG-bild.').waitFor();

    await chooseFile(page, join(FIXTURES, 'logo.svg'));
    await dialog.getByRole('img', { name: 'Vald logotyp: logo.svg' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'installningar-1366x768.png') });
    await tabTo(page, 'Spara');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').getByText('Inställningarna sparades.').waitFor();
    // Focus goes back to the button that opened the dialog.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Inställningar');

    const saved = await callApi(demo.app, 'getSettings', {});
    expect(saved).toMatchObject({ authorName: 'Anna Lind', authorTitle: 'Jämställdhetsstrateg', administration: '', municipality: 'Åsbacka kommun' });
    expect(saved.logo?.name).toBe('logo.svg');

    // One Ctrl+Z takes the whole save back.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await callApi(demo.app, 'getSettings', {})).authorName).toBe('');
    expect(page.errors).toEqual([]);
  });

  it('asks once, at the first export, when the author is missing; the report then says who wrote it', async () => {
    const page = await openAppPage(demo);
    await showView(page, 'Rapporter');
    await page.getByRole('region', { name: 'Förhandsgranskning av rapporten' }).locator('h1', { hasText: 'Sammanfattande bedömning' }).waitFor();
    await tabTo(page, 'Exportera Word');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Inställningar' });
    await dialog.getByText('Innan du exporterar', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'installningar-vid-export-1366x768.png') });
    await typeInto(page, 'Namn', 'Anna Lind');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      (async () => {
        await tabTo(page, 'Spara och exportera');
        await page.keyboard.press('Enter');
      })(),
    ]);
    const path = join(demo.dir, download.suggestedFilename());
    await download.saveAs(path);
    expect(readFileSync(path).subarray(0, 2).toString('latin1')).toBe('PK');
    // The second export does not ask again.
    const [second] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: 'Exportera Word', exact: true }).click(),
    ]);
    expect(second.suggestedFilename()).toMatch(/\.docx$/);
    expect(await dialog.isVisible()).toBe(false);
    const preview = page.getByRole('region', { name: 'Förhandsgranskning av rapporten' });
    await preview.getByText('Anna Lind').first().waitFor();
    expect(page.errors).toEqual([]);
  }, 240_000);
});
