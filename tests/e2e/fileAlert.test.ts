import Database from 'better-sqlite3';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockPath } from '../../electron/services/db/fileLock';
import { seriousViolations } from '../helpers/axe';
import { startBrowserMode } from '../helpers/browserMode';
import { callApi, openAppPage, SCREENSHOTS, showView, useDemoApp } from '../helpers/demoApp';
import { sha256 } from '../helpers/planFile';

const demo = useDemoApp('lock');

/** Another computer's fresh lock on the file, as after it took the file over from a sleeping laptop. */
function lockByBo(db: string): void {
  const since = new Date().toISOString();
  writeFileSync(lockPath(db), JSON.stringify({ id: 'bo-1', host: 'KOMMUN-PC-7', user: 'bo', pid: 77, started: null, since, heartbeat: since }));
}

const bodyCount = (db: string, name: string): number => {
  const file = new Database(db, { readonly: true });
  try {
    return (file.prepare('SELECT COUNT(*) AS n FROM body WHERE name = ?').get(name) as { n: number }).n;
  } finally {
    file.close();
  }
};

describe('when the plan file was taken over by another computer', { timeout: 180_000 }, () => {
  it('the refused change is explained in a lasting notice, and Spara kopia som… saves it in a copy', async () => {
    const page = await openAppPage(demo);
    await showView(page, 'Nämnder');
    lockByBo(demo.db);
    const before = sha256(demo.db);

    const form = page.getByRole('form', { name: 'Lägg till nämnd, styrelse eller bolag' });
    await form.getByRole('textbox', { name: 'Namn' }).fill('Nämnd efter sömnen');
    await form.getByRole('button', { name: 'Lägg till', exact: true }).click();

    const alert = page.getByRole('alert', { name: 'Planfilen' });
    await alert.getByText(/^Planfilen öppnades av bo på datorn KOMMUN-PC-7 medan din dator sov\. Dina ändringar efter \d\d:\d\d har inte sparats\./).waitFor();
    await alert.getByText('1 ändring har inte sparats i planfilen men kommer med i en kopia.').waitFor();
    await page.locator('.topbar .file', { hasText: '(skrivskyddad)' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'file-alert-lock-lost-1366x768.png') });

    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Spara kopia som…', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^demo \(ej sparade ändringar \d{4}-\d\d-\d\d \d\d\.\d\d\)\.sqlite$/);
    const copy = join(demo.dir, 'kopia.sqlite');
    await file.saveAs(copy);
    await page.getByRole('status').getByText(/Kopian innehåller 1 ändring som inte sparades i planfilen\./).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'file-alert-copy-saved-1366x768.png') });

    expect(bodyCount(copy, 'Nämnd efter sömnen')).toBe(1);
    expect(bodyCount(demo.db, 'Nämnd efter sömnen')).toBe(0);
    expect(sha256(demo.db)).toBe(before);
    expect(page.errors.filter((e) => !/status of 409|Failed to load resource/.test(e))).toEqual([]);
    await page.context().close();
  });

  it('browser mode opens a file locked by another computer read-only instead of exiting', async () => {
    const db = join(demo.dir, 'låst.sqlite');
    copyFileSync(demo.db, db);
    lockByBo(db);
    const lock = sha256(lockPath(db));
    const app = await startBrowserMode(db, join(demo.dir, 'Säkerhetskopior-låst'));
    try {
      expect(await callApi(app, 'getAppInfo', {})).toMatchObject({ fileName: 'låst.sqlite', readOnly: true, alert: null });
      const page = await openAppPage({ ...demo, app });
      await page.locator('.topbar .file', { hasText: 'låst.sqlite (skrivskyddad)' }).waitFor();
      await page.context().close();
    } finally {
      await app.stop();
    }
    expect(sha256(lockPath(db))).toBe(lock);
  });
});
