import { describe, expect, it } from 'vitest';
import { LASARE, serveDemo, signedInPage, STRATEG, useServedBrowser } from '../../helpers/servedApp';

/**
 * Live updates in server mode: two people in two browsers on one served plan. When one saves, the
 * other's page shows it without a reload, through /api/events driving the renderer's cache.
 */
const browser = useServedBrowser();

describe('live updates between two pages', () => {
  it('a strateg saves an åtgärd; a läsare\'s open page shows the new title without reloading', async () => {
    const { origin, action } = await serveDemo([STRATEG, LASARE]);
    const path = `/#/plan/atgard/${action.id}`;
    const writer = await signedInPage(browser(), origin, STRATEG, path);
    const reader = await signedInPage(browser(), origin, LASARE, path);
    await expect.poll(() => reader.locator('#action-heading').textContent()).toContain(action.title);
    // The reader's page is never reloaded: a mark set in it now must still be there at the end.
    await reader.evaluate(() => { (window as unknown as { notReloaded: boolean }).notReloaded = true; });

    // Who is signed in, and a läsare sees no write buttons.
    await expect.poll(() => reader.locator('.signed-in').textContent()).toContain('Läsare');
    expect(await reader.getByRole('button', { name: 'Redigera', exact: true }).count()).toBe(0);
    expect(await reader.getByRole('button', { name: /^Ta bort/ }).count()).toBe(0);
    // Backups are the administratör's: a läsare's status bar does not show a refusal about them.
    expect(await reader.locator('.statusbar').textContent()).not.toContain('Säkerhetskopi');

    await writer.getByRole('button', { name: 'Redigera', exact: true }).click();
    const title = writer.getByLabel('Titel', { exact: true });
    await title.fill('Ny titel sparad av strategen');
    const saved = Date.now();
    await writer.getByRole('button', { name: 'Spara', exact: true }).click();

    await expect.poll(() => reader.locator('#action-heading').textContent()).toContain('Ny titel sparad av strategen');
    console.log(`[liveUpdate] the other page showed the save after ${Date.now() - saved} ms`);
    expect(await reader.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  });
});
