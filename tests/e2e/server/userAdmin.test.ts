import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../../helpers/axe';
import { LASARE, serveDemo, signedInPage, STRATEG, useServedBrowser } from '../../helpers/servedApp';

/** Användare in server mode: only an administratör sees it; adding an account; axe clean. */
const browser = useServedBrowser();

describe('user administration', () => {
  it('lists the accounts, adds a rapportör for a nämnd, and is axe clean', async () => {
    const { origin } = await serveDemo([STRATEG, LASARE]);
    const page = await signedInPage(browser(), origin, STRATEG, '/#/anvandare');
    const table = page.locator('.users-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    expect(await table.locator('tbody tr', { hasText: LASARE.name }).locator('td').nth(1).textContent()).toBe('Läsare');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Ny användare' }).click();
    await page.getByLabel('Namn', { exact: true }).fill('Rut Rapportör');
    await page.getByLabel('Inloggning', { exact: true }).fill('rut');
    await page.getByLabel('Roll').selectOption('rapportor');
    await page.locator('.user-bodies input[type="checkbox"]').first().check();
    // Too short a password: refused in Swedish beside the field, nothing saved, the form keeps the rest.
    await page.getByLabel('Lösenord', { exact: true }).fill('kort');
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await page.locator('.field-error').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Lösenord', { exact: true }).fill('rapportörens långa lösenord');
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    const rut = table.locator('tbody tr', { hasText: 'Rut Rapportör' });
    expect(await rut.locator('td').nth(1).textContent()).toBe('Rapportör');
    expect(await rut.locator('td').nth(2).textContent()).not.toBe('–');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('is not in a läsare\'s menu', async () => {
    const { origin } = await serveDemo([STRATEG, LASARE]);
    const page = await signedInPage(browser(), origin, LASARE);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: 'Plan', exact: true }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: 'Användare' }).count()).toBe(0);
  });
});
