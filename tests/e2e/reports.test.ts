import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/axe';
import { openAppPage, SCREENSHOTS, useDemoApp, type AppPage } from '../helpers/demoApp';

const demo = useDemoApp('reports');

async function openReports(): Promise<AppPage> {
  const page = await openAppPage(demo);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: 'Rapporter', exact: true }).click();
  await page.getByRole('region', { name: 'Förhandsgranskning av rapporten' }).locator('h1', { hasText: 'Sammanfattande bedömning' }).waitFor();
  return page;
}

describe('Rapporter in browser mode', () => {
  it('previews the yearly report with the CSS applied under the CSP, and axe finds nothing serious', async () => {
    const page = await openReports();
    const preview = page.getByRole('region', { name: 'Förhandsgranskning av rapporten' });
    expect(await preview.locator('h1').allTextContents()).toContain('1. Inledning');
    expect(await preview.locator('table caption', { hasText: 'Vår bedömning' }).count()).toBeGreaterThanOrEqual(6);
    // The constructable stylesheet is in force: the A4 sheets have their paper width.
    const sheetWidth = await preview.locator('.sheet').first().evaluate((el) => el.getBoundingClientRect().width);
    expect(sheetWidth).toBeGreaterThan(500);
    // The Ja/Delvis/Nej rule is stated beside the texts.
    expect(await page.locator('.report-rule').getByText('Ja – ingen åtgärd brister', { exact: false }).count()).toBe(1);
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'rapporter-1366x768.png') });
    expect(page.errors).toEqual([]);
  });

  it('shows an edited text in the preview at once, and back to the default after Återställ förslag', async () => {
    const page = await openReports();
    const field = page.getByRole('textbox', { name: 'Sammanfattande bedömning', exact: true });
    const own = 'Vi bedömer att arbetet i stort går åt rätt håll, men att samordningen behöver stärkas.';
    await field.fill(own);
    const box = page.locator('.report-field', { has: field });
    await box.getByRole('button', { name: 'Spara', exact: true }).click();
    const preview = page.getByRole('region', { name: 'Förhandsgranskning av rapporten' });
    await preview.getByText(own).waitFor();
    await page.locator('.report-field', { has: page.getByRole('textbox', { name: 'Sammanfattande bedömning', exact: true }) })
      .getByRole('button', { name: 'Återställ förslag', exact: true }).click();
    await expect.poll(() => preview.getByText(own).count()).toBe(0);
    expect(page.errors).toEqual([]);
  });

  it('edits a question of Vår bedömning, adds one and an iakttagelse, and the preview shows them at once; axe is clean (issue 14)', async () => {
    const page = await openReports();
    const preview = page.getByRole('region', { name: 'Förhandsgranskning av rapporten' });
    const samordning = page.locator('.report-judgement fieldset', { has: page.locator('legend', { hasText: /^Samordning$/ }) });
    await samordning.getByRole('button', { name: /^Ändra frågan: Har åtgärderna inom utvecklingsområdet Samordning/ }).click();
    const form = samordning.getByRole('form', { name: 'Ändra frågan' });
    const question = 'Har kommunen en fungerande samordning av arbetet mot våld i nära relationer?';
    await form.getByRole('textbox', { name: 'Fråga' }).fill(question);
    await form.getByRole('combobox', { name: 'Svar' }).selectOption('nej');
    await form.getByRole('textbox', { name: 'Motivering' }).fill('Vi bedömer att samordningen brister, eftersom den strategiska samordnaren aldrig tillsattes.');
    await form.getByRole('button', { name: 'Spara frågan' }).click();
    const chapter = preview.locator('section.chapter', { has: page.locator('h1', { hasText: 'Samordning' }) });
    await chapter.locator('table.assessment th', { hasText: question }).waitFor();
    expect(await chapter.locator('table.assessment td').first().textContent()).toMatch(/^Nej\. Vi bedömer att samordningen brister/);

    // An own question beside it, and an iakttagelse citing a källa from the register.
    await samordning.getByRole('button', { name: 'Ny fråga inom Samordning' }).click();
    const added = samordning.getByRole('form', { name: 'Ny fråga' });
    await added.getByRole('textbox', { name: 'Fråga' }).fill('Följs insatserna upp på individnivå?');
    await added.getByRole('combobox', { name: 'Svar' }).selectOption('delvis');
    await added.getByRole('textbox', { name: 'Motivering' }).fill('Vi noterar att uppföljning sker men inte dokumenteras systematiskt.');
    await added.getByRole('button', { name: 'Spara frågan' }).click();
    await chapter.locator('table.assessment th', { hasText: 'Följs insatserna upp på individnivå?' }).waitFor();
    await samordning.getByRole('button', { name: 'Ny iakttagelse om Samordning' }).click();
    const finding = samordning.getByRole('form', { name: 'Iakttagelse' });
    await finding.getByRole('textbox', { name: 'Iakttagelse' }).fill('Vi noterar att samverkansgruppen inte har sammanträtt under året.');
    await finding.getByRole('checkbox').first().check();
    await finding.getByRole('button', { name: 'Spara iakttagelsen' }).click();
    await chapter.getByText('Vi noterar att samverkansgruppen inte har sammanträtt under året.').waitFor();
    expect(await chapter.locator('p.note', { hasText: /^Källa: / }).count()).toBe(1);

    // The plan's overdue revision is suggested as an iakttagelse and printed until rewritten or removed.
    expect(await preview.locator('#styrning').getByText('Vi noterar att handlingsplanen ska revideras vartannat år', { exact: false }).count()).toBe(1);
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
    await samordning.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'rapporter-bedomning-1366x768.png') });
    expect(page.errors).toEqual([]);
  }, 120_000);

  it('exports a PDF that the browser downloads', async () => {
    const page = await openReports();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      (async () => {
        await page.getByRole('button', { name: 'Exportera PDF', exact: true }).click();
        // The demo has no author yet: the first export asks once (tests/e2e/settings.test.ts); skip it here.
        await page.getByRole('dialog', { name: 'Inställningar' }).getByRole('button', { name: 'Hoppa över', exact: true }).click();
      })(),
    ]);
    // The default year is the last one that has ended, counted from the app's today (not the machine's).
    expect(download.suggestedFilename()).toBe(`uppfoljning-${Number(demo.today.slice(0, 4)) - 1}.pdf`);
    const saved = join(demo.dir, download.suggestedFilename());
    await download.saveAs(saved);
    expect(readFileSync(saved).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(page.errors).toEqual([]);
  }, 150_000);
});
