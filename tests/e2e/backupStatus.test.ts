import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFolder } from '../../electron/services/backup/backupFolder';
import { seriousViolations } from '../helpers/axe';
import { startBrowserMode } from '../helpers/browserMode';
import { corruptMiddlePage } from '../helpers/corruptPage';
import { openAppPage, SCREENSHOTS, useDemoApp } from '../helpers/demoApp';
import { sha256 } from '../helpers/planFile';

const demo = useDemoApp('backup-status');

/** The backups browser mode has written of a plan file, once the one taken on open is on disk. */
async function backupsOnDisk(root: string, plan: string, atLeast = 1): Promise<string[]> {
  const folder = backupFolder(root, plan);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const names = existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith('Z.sqlite')) : [];
    if (names.length >= atLeast) return names.sort();
    if (Date.now() > deadline) throw new Error(`ingen säkerhetskopia av ${plan}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('backups and integrity in the browser', { timeout: 240_000 }, () => {
  it('the status bar says when the newest backup was taken', async () => {
    await backupsOnDisk(join(demo.dir, 'Säkerhetskopior'), demo.db);
    const page = await openAppPage(demo);
    await page.getByRole('contentinfo').getByText(/^Senaste säkerhetskopia: i dag \d\d:\d\d$/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'backup-status-1366x768.png') });
    expect(page.errors).toEqual([]);
    await page.context().close();
  });

  it('a damaged plan file opens read-only with the newest intact backup named and a way to restore it; it is never written or backed up', async () => {
    const plan = join(demo.dir, 'skadad.sqlite');
    const root = join(demo.dir, 'Säkerhetskopior');
    copyFileSync(demo.db, plan);
    // Opened once while intact, so it has a backup; then a page is damaged on disk.
    const intact = await startBrowserMode(plan, root);
    const backups = await backupsOnDisk(root, plan);
    await intact.stop();
    corruptMiddlePage(plan);
    const before = sha256(plan);

    const damaged = await startBrowserMode(plan, root);
    try {
      const page = await openAppPage({ ...demo, app: damaged });
      const alert = page.getByRole('alert').filter({ hasText: '”skadad.sqlite” är skadad' });
      await alert.getByText(/Den senaste hela säkerhetskopian är från \d+ \w+ \d{4} kl\. \d\d:\d\d\./).waitFor();
      await page.locator('.topbar .file', { hasText: 'skadad.sqlite (skrivskyddad)' }).waitFor();
      await page.getByRole('contentinfo').getByText(/Inga nya tas medan filen är skrivskyddad\.$/).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, 'damaged-file-1366x768.png') });

      await alert.getByRole('button', { name: 'Återställ från säkerhetskopia…' }).click();
      const list = page.getByRole('dialog', { name: 'Återställ från säkerhetskopia' });
      await list.getByRole('button', { name: /^Återställ kopian från / }).first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(page.errors).toEqual([]);
      await page.context().close();
    } finally {
      await damaged.stop();
    }
    expect(sha256(plan)).toBe(before);
    expect(await backupsOnDisk(root, plan)).toEqual(backups);
  });

  it('warns in the status bar, at once and with the way to the backups, when a backup fails', async () => {
    // A file where the backup folder should be: every backup fails, as on a full or read-only disk.
    const root = join(demo.dir, 'inte-en-mapp');
    writeFileSync(root, 'ingen mapp');
    const plan = join(demo.dir, 'utan-kopior.sqlite');
    copyFileSync(demo.db, plan);
    const app = await startBrowserMode(plan, root);
    try {
      const page = await openAppPage({ ...demo, app });
      const warning = page.getByRole('contentinfo').getByRole('alert');
      await warning.getByText(/^Säkerhetskopieringen misslyckades i dag \d\d:\d\d: mappen för säkerhetskopior går inte att skapa\. Senaste säkerhetskopia: ingen\.$/).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, 'backup-failed-1366x768.png') });
      await warning.getByRole('button', { name: 'Visa säkerhetskopior' }).click();
      const list = page.getByRole('dialog', { name: 'Återställ från säkerhetskopia' });
      await list.getByRole('alert').getByText(/^Säkerhetskopiorna i ”.+” går inte att läsa\./).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, 'backup-failed-list-1366x768.png') });
      expect(page.errors).toEqual([]);
      await page.context().close();
    } finally {
      await app.stop();
    }
  });
});
