import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFolder } from '../../../electron/services/backup/backupFolder';
import { RotatingBackups } from '../../../electron/services/backup/rotatingBackups';
import { createStatusReport } from '../../../electron/services/plan/statusReports';
import { DamagedFileError } from '../../../electron/services/db/damagedFile';
import { corruptMiddlePage } from '../../helpers/corruptPage';
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

describe('backups and integrity', () => {
  it('never copies a damaged plan file, says why, and leaves the earlier backups alone however long it goes on', async () => {
    const { file } = withDemoPlan();
    const root = tempDir();
    let now = new Date('2026-11-01T09:00:00Z');
    const backups = new RotatingBackups(root, () => now);
    for (let i = 0; i < 3; i++, now = new Date(now.getTime() + 3600_000)) await backups.backupNow(file.db, file.path);
    const good = readdirSync(backupFolder(root, file.path)).sort();
    corruptMiddlePage(file.path);
    const before = sha256(file.path);

    // Forty days of attempts: each refused before anything is written, so rotation never runs.
    for (let day = 0; day < 40; day++) {
      now = new Date(Date.UTC(2026, 10, 2 + day, 9));
      await expect(backups.backupNow(file.db, file.path)).rejects.toBeInstanceOf(DamagedFileError);
    }
    expect(readdirSync(backupFolder(root, file.path)).sort()).toEqual(good);
    expect(sha256(file.path)).toBe(before);
    expect(backups.status(file.path, true, file.db)).toMatchObject({
      newestAt: '2026-11-01T11:00:00.000Z', failure: { at: now.toISOString(), reason: 'planfilen är skadad' },
    });
    expect(backups.newestIntact(file.path)).toEqual({ at: '2026-11-01T11:00:00.000Z', path: join(backupFolder(root, file.path), good[2]) });
  });

  it('deletes a copy that fails its check after writing, and leaves nothing half-done behind', async () => {
    const { file } = withDemoPlan();
    const root = tempDir();
    const checked: string[] = [];
    const copyIsDamaged = async (path: string) => {
      checked.push(path);
      return path.endsWith('.delvis') ? { ok: false as const, problems: ['*** in database main ***'] } : { ok: true as const };
    };
    const backups = new RotatingBackups(root, () => new Date('2026-11-26T09:00:00Z'), copyIsDamaged);
    await expect(backups.backupNow(file.db, file.path)).rejects.toThrow();
    expect(checked).toEqual([file.path, join(backupFolder(root, file.path), '2026-11-26T09-00-00-000Z.sqlite.delvis')]);
    expect(readdirSync(backupFolder(root, file.path))).toEqual([]);
    expect(backups.status(file.path, true, file.db).failure).toEqual({ at: '2026-11-26T09:00:00.000Z', reason: 'kopian blev skadad och sparades inte' });
  });

  it('names the newest backup that is intact, passing over a damaged newer one, and refuses to restore a damaged one', async () => {
    const { file } = withDemoPlan();
    const root = tempDir();
    let now = new Date('2026-11-26T09:00:00Z');
    const backups = new RotatingBackups(root, () => now);
    const older = await backups.backupNow(file.db, file.path);
    now = new Date('2026-11-26T10:00:00Z');
    const newer = await backups.backupNow(file.db, file.path);
    corruptMiddlePage(newer);
    expect(backups.newestIntact(file.path)).toEqual({ at: '2026-11-26T09:00:00.000Z', path: older });
    const target = join(tempDir(), 'återställd.sqlite');
    expect(() => backups.restore(file.path, basename(newer), target)).toThrow('Säkerhetskopian från 26 november 2026 kl. ');
    expect(existsSync(target)).toBe(false);
  });

  it('clears what a killed backup left (the copy and its journal), and keeps copies and folders for the owner only', async () => {
    const { file } = withDemoPlan();
    const root = tempDir();
    const folder = backupFolder(root, file.path);
    mkdirSync(folder, { recursive: true, mode: 0o755 });
    for (const leftover of ['2026-11-26T07-00-00-000Z.sqlite.delvis', '2026-11-26T07-00-00-000Z.sqlite.delvis-journal']) writeFileSync(join(folder, leftover), 'halv');
    const path = await new RotatingBackups(root, () => new Date('2026-11-26T09:00:00Z')).backupNow(file.db, file.path);
    expect(readdirSync(folder)).toEqual(['2026-11-26T09-00-00-000Z.sqlite']);
    if (process.platform !== 'win32') {
      expect(statSync(folder).mode & 0o777).toBe(0o700);
      expect(statSync(path).mode & 0o777).toBe(0o600);
    }
  });

  it('says so when the backup folder cannot be read, instead of listing nothing', () => {
    const { file } = withDemoPlan();
    const root = tempDir();
    // A file where the folder should be: reading it fails (ENOTDIR), as a folder without access would.
    writeFileSync(backupFolder(root, file.path), 'ingen mapp');
    const backups = new RotatingBackups(root);
    expect(() => backups.list(file.path)).toThrow(/^Säkerhetskopiorna i ”.+” går inte att läsa\./);
    expect(backups.status(file.path, true, file.db)).toMatchObject({ newestAt: null, failure: { reason: 'mappen för säkerhetskopior går inte att läsa' } });
  });

  it('reports the newest backup, whether changes wait for the next, and clears a failure once a backup succeeds', async () => {
    const { file, ctx } = withDemoPlan();
    const root = tempDir();
    const backups = new RotatingBackups(root, () => new Date('2026-11-26T09:00:00Z'));
    expect(backups.status(file.path, true, file.db)).toEqual({ active: true, newestAt: null, failure: null, changedSinceNewest: true });
    await backups.backupNow(file.db, file.path);
    expect(backups.status(file.path, true, file.db)).toEqual({ active: true, newestAt: '2026-11-26T09:00:00.000Z', failure: null, changedSinceNewest: false });
    createStatusReport(ctx, { actionId: 1, reportedOn: '2026-11-26', status: 'pagaende', assessment: null, comment: '', sourceId: null, period: '', reportedBy: '', bodyId: null });
    expect(backups.status(file.path, true, file.db).changedSinceNewest).toBe(true);
    expect(backups.status(file.path, false, null)).toEqual({ active: false, newestAt: '2026-11-26T09:00:00.000Z', failure: null, changedSinceNewest: false });
  });
});
