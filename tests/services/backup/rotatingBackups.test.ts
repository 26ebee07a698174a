import Database from 'better-sqlite3';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFolder, RotatingBackups } from '../../../electron/services/backup/rotatingBackups';
import { createStatusReport } from '../../../electron/services/plan/statusReports';
import { sha256, tempDir, withDemoPlan } from '../../helpers/planFile';

describe('automatic backups', () => {
  it('are consistent copies taken with the online backup, listed with what they hold', async () => {
    const { file } = withDemoPlan();
    const backups = new RotatingBackups(tempDir(), () => new Date('2026-11-26T09:00:00Z'));
    const path = await backups.backupNow(file.db, file.path);
    const copy = new Database(path, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    const [info] = backups.list(file.path);
    const count = (t: string) => (file.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
    const { at } = file.db.prepare('SELECT MAX(at) AS at FROM change_log').get() as { at: string };
    expect(info).toEqual({
      id: '2026-11-26T09-00-00-000Z.sqlite', at: '2026-11-26T09:00:00.000Z', plans: 1, actions: count('action'), statusReports: count('status_report'),
      sizeBytes: statSync(path).size, lastChange: at, readable: true,
    });
  });

  it('after changes, at most every 10 minutes, and only when something changed', async () => {
    const { file, ctx } = withDemoPlan();
    let now = new Date('2026-11-26T09:00:00Z');
    const backups = new RotatingBackups(tempDir(), () => now);
    await backups.backupNow(file.db, file.path);
    now = new Date('2026-11-26T09:30:00Z');
    expect(await backups.backupIfChanged(file.db, file.path)).toBeNull();
    createStatusReport(ctx, { actionId: 1, reportedOn: '2026-11-20', status: 'pagaende', assessment: null, comment: '', sourceId: null, period: '', reportedBy: '', bodyId: null });
    now = new Date('2026-11-26T09:35:00Z');
    expect(await backups.backupIfChanged(file.db, file.path)).not.toBeNull();
    createStatusReport(ctx, { actionId: 1, reportedOn: '2026-11-20', status: 'pagaende', assessment: null, comment: '', sourceId: null, period: '', reportedBy: '', bodyId: null });
    now = new Date('2026-11-26T09:40:00Z');
    expect(await backups.backupIfChanged(file.db, file.path)).toBeNull();
    expect(backups.list(file.path)).toHaveLength(2);
  });

  it('rotate: keep the newest 10', async () => {
    const { file } = withDemoPlan();
    let minute = 0;
    const root = tempDir();
    const backups = new RotatingBackups(root, () => new Date(Date.UTC(2026, 10, 26, 8, minute)));
    await backups.backupNow(file.db, file.path);
    // Left by a program that ended mid-backup: cleared at the next rotation.
    writeFileSync(join(backupFolder(root, file.path), '2026-11-26T07-00-00-000Z.sqlite.delvis'), 'halv');
    for (minute++; minute < 14; minute++) await backups.backupNow(file.db, file.path);
    expect(backups.list(file.path)).toHaveLength(10);
    expect(readdirSync(backupFolder(root, file.path)).filter((n) => n.endsWith('.delvis'))).toEqual([]);
  });

  it('restore into a new file only, never over an existing one', async () => {
    const { file } = withDemoPlan();
    const root = tempDir();
    const backups = new RotatingBackups(root, () => new Date('2026-11-26T09:00:00Z'));
    await backups.backupNow(file.db, file.path);
    const [info] = backups.list(file.path);
    const target = join(tempDir(), 'återställd.sqlite');
    backups.restore(file.path, info.id, target);
    expect(existsSync(target)).toBe(true);
    const before = sha256(file.path);
    expect(() => backups.restore(file.path, info.id, file.path)).toThrow(/finns redan/);
    expect(sha256(file.path)).toBe(before);
    // climbs out on purpose: a backup id that is a path is refused.
    expect(() => backups.restore(file.path, '../../etc/passwd', join(tempDir(), 'x.sqlite'))).toThrow(/Okänd säkerhetskopia/);
    expect(readdirSync(backupFolder(root, file.path))).toEqual([info.id]);
  });
});
