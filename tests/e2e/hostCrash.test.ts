import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOST_RESTARTED_MESSAGE } from '../../electron/services/db/writeAlerts';
import { seriousViolations } from '../helpers/axe';
import { callApi, openAppPage, SCREENSHOTS, showView, useDemoApp } from '../helpers/demoApp';

const demo = useDemoApp('host-crash');

/** Browser mode's service host: its one child process. */
function hostPid(): number {
  const pids = execFileSync('pgrep', ['-P', String(demo.app.pid)], { encoding: 'utf8' }).trim().split('\n').map(Number);
  expect(pids).toHaveLength(1);
  return pids[0];
}

describe('when the service host dies', { timeout: 180_000 }, () => {
  it('the window says so, the same file is open again, and a change saved before is still there', async () => {
    const page = await openAppPage(demo);
    await showView(page, 'Nämnder');
    const form = page.getByRole('form', { name: 'Lägg till nämnd, styrelse eller bolag' });
    await form.getByRole('textbox', { name: 'Namn' }).fill('Nämnd före kraschen');
    await form.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await page.getByRole('cell', { name: 'Nämnd före kraschen' }).first().waitFor();

    const dead = hostPid();
    process.kill(dead, 'SIGKILL');
    await expect.poll(() => { try { return hostPid(); } catch { return dead; } }, { timeout: 60_000 }).not.toBe(dead);
    // The window reads the file's state again when it gets focus (as after a laptop wakes up).
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    const alert = page.getByRole('alert', { name: 'Planfilen' });
    await alert.getByText(HOST_RESTARTED_MESSAGE).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'host-restarted-1366x768.png') });

    const info = await callApi(demo.app, 'getAppInfo', {});
    expect(info).toMatchObject({ filePath: demo.db, readOnly: false });
    const bodies = await callApi(demo.app, 'listBodies', {});
    expect(bodies.map((b) => b.name)).toContain('Nämnd före kraschen');
    await alert.getByRole('button', { name: 'Stäng' }).click();
    await alert.waitFor({ state: 'detached' });
    await page.context().close();
  });
});
