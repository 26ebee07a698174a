import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupRootIn, userDataDir } from '../../electron/services/backup/backupRoot';
import { RotatingBackups } from '../../electron/services/backup/rotatingBackups';
import { openPlanFile } from '../../electron/services/db/openPlanFile';
import { corruptMiddlePage } from '../helpers/corruptPage';
import { runCli } from '../helpers/runCli';
import { sha256, tempDir } from '../helpers/planFile';

/**
 * Issue 13, defect 2, on the command line: every command refuses a damaged plan file before it
 * answers from it or writes into it, and names the newest intact backup in the app's backup folder.
 */
describe('cli on a damaged plan file', () => {
  it('summary, export, restore and import-plan refuse it with exit 1 and a Swedish message naming the intact backup; the file is unchanged', async () => {
    const dir = tempDir();
    const db = join(dir, 'plan.sqlite');
    expect(runCli(['demo', '--db', db]).status).toBe(0);
    const json = join(dir, 'plan.json');
    expect(runCli(['export', '--db', db, '--format', 'json', '--out', json]).status).toBe(0);
    // The app's backup of it, in the user-data folder the CLI looks in (XDG_CONFIG_HOME on Linux).
    const config = tempDir();
    const file = openPlanFile(db);
    const backup = await new RotatingBackups(backupRootIn(userDataDir('linux', { XDG_CONFIG_HOME: config })), () => new Date('2026-11-26T09:00:00Z')).backupNow(file.db, db);
    file.db.close();
    corruptMiddlePage(db);
    const before = sha256(db);

    const commands = [
      ['summary', '--db', db],
      ['export', '--db', db, '--format', 'xlsx', '--out', join(dir, 'lista.xlsx')],
      ['restore', json, '--db', db],
      ['import-plan', join(import.meta.dirname, '../fixtures/import/plan-excel-1252.csv'), '--db', db],
    ];
    for (const args of commands) {
      const result = runCli(args, { XDG_CONFIG_HOME: config });
      expect(result.status, args[0]).toBe(1);
      expect(result.stdout, args[0]).toBe('');
      expect(result.stderr, args[0]).toMatch(/^”plan\.sqlite” är skadad: en del av filen går inte att läsa\. Filen har inte ändrats, och ingen säkerhetskopia tas av den\. Den senaste hela säkerhetskopian är från 26 november 2026 kl\. \d\d:00\. Den finns här: /);
      expect(result.stderr, args[0]).toContain(backup);
      expect(sha256(db), args[0]).toBe(before);
    }
  });
});
