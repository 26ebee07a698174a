import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { SAMORDNARE, serveDemo, signedInPage, STRATEG, useServedBrowser } from '../../helpers/servedApp';

/**
 * Two people edit the same åtgärd in two browsers. The first save wins; the second is refused
 * with the first one's value beside one's own, nothing typed is lost, and "Spara mina igen" saves
 * on top of the first.
 */
const browser = useServedBrowser();

/** One row of the served plan file as it is on disk now (read-only, closed again at once). */
function readRow(plan: string, sql: string, ...params: unknown[]): unknown {
  const db = new Database(plan, { readonly: true });
  try {
    return db.prepare(sql).get(...params);
  } finally {
    db.close();
  }
}

describe('an edit conflict between two pages', () => {
  it('the second save shows the conflict panel with the first one\'s value, and can be saved again on top', async () => {
    const { origin, action, plan } = await serveDemo([STRATEG, SAMORDNARE]);
    const path = `/#/plan/atgard/${action.id}`;
    const first = await signedInPage(browser(), origin, STRATEG, path);
    const second = await signedInPage(browser(), origin, SAMORDNARE, path);

    // Both open the form on the same version.
    for (const page of [first, second]) await page.getByRole('button', { name: 'Redigera', exact: true }).click();
    await first.getByLabel('Titel', { exact: true }).fill('Strategens titel');
    await second.getByLabel('Titel', { exact: true }).fill('Samordnarens titel');
    await first.getByRole('button', { name: 'Spara', exact: true }).click();
    await expect.poll(() => first.locator('#action-heading').textContent()).toContain('Strategens titel');

    await second.getByRole('button', { name: 'Spara', exact: true }).click();
    const panel = second.locator('.conflict');
    await panel.waitFor();
    expect(await panel.locator('.conflict-message').textContent()).toMatch(/^Ändrad av Sara Strateg \d{1,2}:\d{2} – din ändring har inte sparats\.$/);
    const row = panel.locator('tr', { has: second.locator('th', { hasText: 'Titel' }) });
    expect(await row.locator('td').allTextContents()).toEqual(['Strategens titel', 'Samordnarens titel']);
    // Nothing typed is lost: the form is still open with the second person's text.
    expect(await second.getByLabel('Titel', { exact: true }).inputValue()).toBe('Samordnarens titel');
    const stored = () => (readRow(plan, 'SELECT title FROM action WHERE id = ?', action.id) as { title: string }).title;
    expect(stored()).toBe('Strategens titel');

    await panel.getByRole('button', { name: 'Spara mina igen' }).click();
    await expect.poll(() => second.locator('#action-heading').textContent()).toContain('Samordnarens titel');
    await expect.poll(stored).toBe('Samordnarens titel');
    // The first page follows without reloading.
    await expect.poll(() => first.locator('#action-heading').textContent()).toContain('Samordnarens titel');
  });
});

describe('an edit conflict on an utvecklingsområde', () => {
  it('"Använd deras värden" puts the first one\'s name in the form, and saving then keeps it', async () => {
    const { origin, plan } = await serveDemo([STRATEG, SAMORDNARE]);
    const db = new Database(plan, { readonly: true });
    const area = db.prepare('SELECT id, name FROM area ORDER BY plan_id, position LIMIT 1').get() as { id: number; name: string };
    db.close();
    const first = await signedInPage(browser(), origin, STRATEG, '/#/plan');
    const second = await signedInPage(browser(), origin, SAMORDNARE, '/#/plan');
    for (const page of [first, second]) {
      await page.locator('details.area-admin > summary').click();
      await page.getByRole('button', { name: `Ändra ${area.name}` }).click();
    }
    await first.getByLabel('Namn', { exact: true }).fill('Strategens område');
    await second.getByLabel('Namn', { exact: true }).fill('Samordnarens område');
    await first.getByRole('button', { name: 'Spara', exact: true }).click();
    await first.getByRole('dialog').waitFor({ state: 'detached' }).catch(() => undefined);
    await second.getByRole('button', { name: 'Spara', exact: true }).click();

    const panel = second.locator('.conflict');
    await panel.waitFor();
    const row = panel.locator('tr', { has: second.locator('th', { hasText: 'Namn' }) });
    expect(await row.locator('td').allTextContents()).toEqual(['Strategens område', 'Samordnarens område']);
    await second.screenshot({ path: 'test-results/screenshots/server-conflict-area.png' });
    await panel.getByRole('button', { name: 'Använd deras värden' }).click();
    expect(await second.getByLabel('Namn', { exact: true }).inputValue()).toBe('Strategens område');
    await second.getByLabel('Beskrivning', { exact: true }).fill('Samordnarens tillägg');
    await second.getByRole('button', { name: 'Spara', exact: true }).click();
    const stored = () => readRow(plan, 'SELECT name, description FROM area WHERE id = ?', area.id);
    await expect.poll(stored).toEqual({ name: 'Strategens område', description: 'Samordnarens tillägg' });
  });
});

describe('an edit conflict on a nämnd', () => {
  it('shows the first one\'s name beside one\'s own in the Nämnder dialog, and "Spara mina igen" saves on top', async () => {
    const { origin, plan } = await serveDemo([STRATEG, SAMORDNARE]);
    const db = new Database(plan, { readonly: true });
    const body = db.prepare("SELECT id, name FROM body WHERE name = 'Socialnämnden'").get() as { id: number; name: string };
    db.close();
    const first = await signedInPage(browser(), origin, STRATEG, '/#/namnder');
    const second = await signedInPage(browser(), origin, SAMORDNARE, '/#/namnder');
    for (const page of [first, second]) await page.getByRole('button', { name: `Ändra ${body.name}` }).click();
    await first.getByRole('dialog').getByLabel('Namn', { exact: true }).fill('Social- och omsorgsnämnden');
    await second.getByRole('dialog').getByLabel('Namn', { exact: true }).fill('Socialnämnden i Åsbacka');
    await first.getByRole('dialog').getByRole('button', { name: 'Spara', exact: true }).click();
    await first.getByRole('dialog').waitFor({ state: 'detached' }).catch(() => undefined);
    await second.getByRole('dialog').getByRole('button', { name: 'Spara', exact: true }).click();

    const panel = second.locator('.conflict');
    await panel.waitFor();
    await second.screenshot({ path: 'test-results/screenshots/server-conflict-body.png' });
    expect(await panel.locator('.conflict-message').textContent()).toMatch(/^Ändrad av Sara Strateg \d{1,2}:\d{2} – din ändring har inte sparats\.$/);
    const row = panel.locator('tr', { has: second.locator('th', { hasText: 'Namn' }) });
    expect(await row.locator('td').allTextContents()).toEqual(['Social- och omsorgsnämnden', 'Socialnämnden i Åsbacka']);
    await panel.getByRole('button', { name: 'Spara mina igen' }).click();
    const stored = () => (readRow(plan, 'SELECT name FROM body WHERE id = ?', body.id) as { name: string }).name;
    await expect.poll(stored).toBe('Socialnämnden i Åsbacka');
  });
});

describe('an edit conflict in Inställningar', () => {
  it('shows the first one\'s förvaltning beside one\'s own; "Använd deras värden" keeps theirs', async () => {
    const { origin, plan } = await serveDemo([STRATEG, SAMORDNARE]);
    const first = await signedInPage(browser(), origin, STRATEG, '/#/plan');
    const second = await signedInPage(browser(), origin, SAMORDNARE, '/#/plan');
    for (const page of [first, second]) await page.getByRole('button', { name: 'Inställningar', exact: true }).click();
    await first.getByRole('dialog').getByLabel('Förvaltning').fill('Kommunledningsförvaltningen');
    await second.getByRole('dialog').getByLabel('Förvaltning').fill('Socialförvaltningen');
    await first.getByRole('dialog').getByRole('button', { name: 'Spara', exact: true }).click();
    await first.getByRole('dialog').waitFor({ state: 'detached' }).catch(() => undefined);
    await second.getByRole('dialog').getByRole('button', { name: 'Spara', exact: true }).click();

    const panel = second.locator('.conflict');
    await panel.waitFor();
    const row = panel.locator('tr', { has: second.locator('th', { hasText: 'Förvaltning' }) });
    expect(await row.locator('td').allTextContents()).toEqual(['Kommunledningsförvaltningen', 'Socialförvaltningen']);
    await panel.getByRole('button', { name: 'Använd deras värden' }).click();
    expect(await second.getByRole('dialog').getByLabel('Förvaltning').inputValue()).toBe('Kommunledningsförvaltningen');
    const stored = () => (readRow(plan, 'SELECT administration FROM document_settings WHERE id = 1') as { administration: string }).administration;
    expect(stored()).toBe('Kommunledningsförvaltningen');
  });
});

describe('an edit conflict on a mått', () => {
  it('shows the first one\'s målvärde with a decimal comma beside one\'s own; "Använd deras värden" puts it in the form as text', async () => {
    const { origin, plan, action } = await serveDemo([STRATEG, SAMORDNARE]);
    const db = new Database(plan, { readonly: true });
    // A mått on an åtgärd of the plan the app opens on.
    const measure = db.prepare(`SELECT m.id, m.action_id AS actionId FROM measure m JOIN action a ON a.id = m.action_id JOIN area ar ON ar.id = a.area_id
      WHERE ar.plan_id = (SELECT ar2.plan_id FROM action a2 JOIN area ar2 ON ar2.id = a2.area_id WHERE a2.id = ?) ORDER BY m.id LIMIT 1`).get(action.id) as { id: number; actionId: number };
    db.close();
    const path = `/#/plan/atgard/${measure.actionId}`;
    const first = await signedInPage(browser(), origin, STRATEG, path);
    const second = await signedInPage(browser(), origin, SAMORDNARE, path);
    for (const page of [first, second]) await page.getByRole('button', { name: 'Ändra måttet' }).first().click();
    await first.getByRole('dialog').getByLabel('Målvärde', { exact: true }).fill('95,5');
    await second.getByRole('dialog').getByLabel('Målvärde', { exact: true }).fill('97');
    await first.getByRole('dialog').getByRole('button', { name: 'Spara', exact: true }).click();
    await first.getByRole('dialog').waitFor({ state: 'detached', timeout: 10_000 });
    await second.getByRole('dialog').getByRole('button', { name: 'Spara', exact: true }).click();

    const panel = second.locator('.conflict');
    await panel.waitFor();
    const row = panel.locator('tr', { has: second.locator('th', { hasText: /^Målvärde$/ }) });
    expect(await row.locator('td').allTextContents()).toEqual(['95,5', '97']);
    await panel.getByRole('button', { name: 'Använd deras värden' }).click();
    expect(await second.getByRole('dialog').getByLabel('Målvärde', { exact: true }).inputValue()).toBe('95,5');
  });
});
