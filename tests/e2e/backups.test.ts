import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../helpers/axe';
import { SCREENSHOTS, useDemoApp } from '../helpers/demoApp';
import { sha256 } from '../helpers/planFile';

const demo = useDemoApp('backups');

/** The backup browser mode takes on open, once it is on disk. */
async function backupTaken(): Promise<void> {
  const deadline = Date.now() + 30_000;
  const root = join(demo.dir, 'Säkerhetskopior');
  while (!(existsSync(root) && readdirSync(root, { recursive: true }).some((p) => String(p).endsWith('Z.sqlite')))) {
    if (Date.now() > deadline) throw new Error('ingen säkerhetskopia togs när filen öppnades');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Återställ från säkerhetskopia in the browser', { timeout: 180_000 }, () => {
  it('lists the backup taken on open, restores it into a new file beside the open one and opens that', async () => {
    await backupTaken();
    const context = await demo.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'sv-SE' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(demo.app.url);
    await page.locator('.topbar .file', { hasText: 'demo.sqlite' }).waitFor();
    const openBefore = sha256(demo.db);

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('button', { name: 'Import och export', exact: true }).click();
    await page.getByRole('button', { name: 'Återställ från säkerhetskopia…', exact: true }).click();
    const list = page.getByRole('dialog', { name: 'Återställ från säkerhetskopia' });
    const restoreButton = list.getByRole('button', { name: /^Återställ kopian från \d+ \w+ \d{4} kl\. \d\d:\d\d$/ });
    await restoreButton.first().waitFor();
    await list.getByRole('row', { name: /1 plan, \d+ åtgärder, \d+ lägesrapporter/ }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'restore-backup-list-1366x768.png') });

    await restoreButton.first().click();
    const confirm = page.getByRole('dialog', { name: 'Återställa kopian?' });
    await confirm.getByText('Den öppna filen ”demo.sqlite” ändras inte.').waitFor();
    await confirm.getByText(demo.dir).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'restore-backup-confirm-1366x768.png') });
    await confirm.getByRole('button', { name: 'Återställ till ny fil', exact: true }).click();

    // The page reloads onto the restored file and says what happened.
    const restoredName = /^demo \(återställd \d{4}-\d\d-\d\d \d\d\.\d\d\)\.sqlite$/;
    await page.locator('.topbar .file', { hasText: restoredName }).waitFor();
    await page.getByRole('status').getByText(/är återställd till ”demo \(återställd .+\)\.sqlite”, som nu är öppen/).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'restore-backup-done-1366x768.png') });
    expect(readdirSync(demo.dir).filter((name) => restoredName.test(name))).toHaveLength(1);
    expect(sha256(demo.db)).toBe(openBefore);
    expect(errors).toEqual([]);
    await context.close();
  });
});
