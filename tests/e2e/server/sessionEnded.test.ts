import { describe, expect, it } from 'vitest';
import { serveDemo, signedInPage, STRATEG, useServedBrowser } from '../../helpers/servedApp';

/**
 * The session ends while a form is open: saving is refused calmly, the form keeps what was typed,
 * and after signing in again in another tab the same form saves.
 */
const browser = useServedBrowser();

describe('a session that ends while a form is open', () => {
  it('keeps the typed text, says how to sign in again, and saves once signed in anew', async () => {
    const { origin, action } = await serveDemo([STRATEG]);
    const page = await signedInPage(browser(), origin, STRATEG, `/#/plan/atgard/${action.id}`);
    await page.getByRole('button', { name: 'Redigera', exact: true }).click();
    const title = page.getByLabel('Titel', { exact: true });
    await title.fill('Skrivet innan sessionen tog slut');

    // The session ends (as after the idle time or a server restart): the browser has no session cookie.
    await page.context().clearCookies();
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('.signed-out').waitFor();
    expect(await dialog.locator('.signed-out').textContent()).toContain('Du är inte längre inloggad. Det du har skrivit finns kvar.');
    expect(await dialog.getByRole('link', { name: /Logga in igen/ }).getAttribute('href')).toBe('/auth/login');
    expect(await title.inputValue()).toBe('Skrivet innan sessionen tog slut');

    // Signing in again in another tab of the same browser; back here, Spara works.
    const other = await page.context().newPage();
    await other.goto(`${origin}/auth/login`);
    await other.locator('input[name="login"]').fill(STRATEG.login);
    await other.locator('input[name="password"]').fill(STRATEG.password);
    await other.locator('form[action="/auth/login"] [type="submit"]').click();
    await other.locator('.signed-in-name').waitFor();
    await page.bringToFront();
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await expect.poll(() => page.locator('#action-heading').textContent()).toContain('Skrivet innan sessionen tog slut');
    expect(await page.locator('.signed-out').count()).toBe(0);
  });
});
