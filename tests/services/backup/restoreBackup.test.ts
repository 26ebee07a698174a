import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import type { Session } from '../../../electron/services/api/handlers';
import { backupFolder } from '../../../electron/services/backup/backupFolder';
import { RotatingBackups } from '../../../electron/services/backup/rotatingBackups';
import { freePath, sessionBackups, type BackupSetup } from '../../../electron/services/backup/sessionBackups';
import { openPlanFile, type OpenPlanFile } from '../../../electron/services/db/openPlanFile';
import { createStatusReport } from '../../../electron/services/plan/statusReports';
import type { BackupList, RestoredBackup } from '@shared/domain/backup';
import { restoredFileName } from '@shared/domain/backup';
import type { Result } from '@shared/errors';
import { sha256, tempDir, withDemoPlan } from '../../helpers/planFile';

const BACKUP_AT = new Date('2026-11-26T09:00:00Z');

/** Every table's rows: two files with the same digest hold the same plan data. */
function contentDigest(db: Database.Database): string {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
  const hash = createHash('sha256');
  for (const { name } of tables) hash.update(name).update(JSON.stringify(db.prepare(`SELECT * FROM ${name}`).all()));
  return hash.digest('hex');
}

function fileDigest(path: string): string {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return contentDigest(db);
  } finally {
    db.close();
  }
}

/** The demo plan with one backup taken, then one more status report written, so open file and backup differ. */
async function planWithBackup(choose: BackupSetup['chooseTarget'] = async (p) => p) {
  const { file, ctx, session } = withDemoPlan();
  const root = tempDir();
  const rotating = new RotatingBackups(root, () => BACKUP_AT);
  const backupPath = await rotating.backupNow(file.db, file.path);
  createStatusReport(ctx, { actionId: 1, reportedOn: '2026-11-26', status: 'pagaende', assessment: null, comment: 'Efter kopian', sourceId: null, period: '', reportedBy: '', bodyId: null });
  const opened: OpenPlanFile[] = [];
  const switchTo = (path: string) => { opened.push(openPlanFile(path)); };
  const withBackups: Session = { ...session, backups: sessionBackups({ root, chooseTarget: choose, asksForTarget: false }, rotating, file.path, switchTo, () => file.db) };
  return { file, session: withBackups, root, backupPath, opened };
}

async function call<T>(session: Session, name: 'listBackups' | 'restoreBackup', input: unknown): Promise<Result<T>> {
  return (await dispatch(session, name, input)) as Result<T>;
}

describe('listing and restoring backups through the API', () => {
  it('lists the open file’s backups with a summary of what each holds', async () => {
    const { file, session, backupPath } = await planWithBackup();
    const result = await call<BackupList>(session, 'listBackups', {});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ fileName: 'demo.sqlite', folder: dirname(file.path), asksForTarget: false });
    const [info] = result.value.backups;
    const count = (t: string) => (file.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
    expect(info).toMatchObject({ id: '2026-11-26T09-00-00-000Z.sqlite', at: BACKUP_AT.toISOString(), plans: 1, actions: count('action'), readable: true });
    // The report written after the backup is in the open file, not in the backup.
    expect(info.statusReports).toBe(count('status_report') - 1);
    expect(info.sizeBytes).toBeGreaterThan(10_000);
    expect(info.lastChange).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(readdirSync(dirname(backupPath))).toEqual([info.id]);
  });

  it('restores into a new, sound plan file with the backup’s content and switches to it; the open file is unchanged to the byte', async () => {
    const { file, session, backupPath, opened } = await planWithBackup();
    const before = sha256(file.path);
    const [info] = (await call<BackupList>(session, 'listBackups', {}) as { ok: true; value: BackupList }).value.backups;
    const result = await call<RestoredBackup>(session, 'restoreBackup', { id: info.id });
    const expectedName = restoredFileName('demo.sqlite', info.at);
    expect(result).toEqual({ ok: true, value: { kind: 'restored', fileName: expectedName, filePath: join(dirname(file.path), expectedName) }, changed: 'everything' });
    expect(sha256(file.path)).toBe(before);
    // Switched to the new file, which opens as a plan file and holds exactly what the backup held.
    expect(opened.map((o) => o.path)).toEqual([join(dirname(file.path), expectedName)]);
    const restored = opened[0];
    expect(restored.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(restored.db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(contentDigest(restored.db)).toBe(fileDigest(backupPath));
    expect(contentDigest(restored.db)).not.toBe(contentDigest(file.db));
    restored.db.close();
    // A second restore of the same backup gets a name of its own instead of touching the first.
    const again = await call<RestoredBackup>(session, 'restoreBackup', { id: info.id });
    expect(again.ok && again.value.kind === 'restored' && again.value.fileName).toBe(expectedName.replace('.sqlite', ' 2.sqlite'));
    opened[1].db.close();
  });

  it('refuses a name the listing did not give, in Swedish, and writes nothing anywhere', async () => {
    const { file, session, root } = await planWithBackup();
    const folder = backupFolder(root, file.path);
    writeFileSync(join(folder, '2026-11-25T08-00-00-000Z.sqlite'), 'inte en planfil');
    const before = { open: sha256(file.path), besideOpen: readdirSync(dirname(file.path)).sort(), backups: readdirSync(folder).sort() };
    const refusals: Array<[unknown, RegExp]> = [
      [{ id: '../../etc/passwd' }, /Okänd säkerhetskopia/], // climbs out on purpose: refused
      [{ id: '..\\..\\demo.sqlite' }, /Okänd säkerhetskopia/],
      [{ id: `../${'x'.repeat(8)}/2026-11-26T09-00-00-000Z.sqlite` }, /Okänd säkerhetskopia/],
      [{ id: '2020-01-01T00-00-00-000Z.sqlite' }, /Okänd säkerhetskopia/],
      [{ id: 'demo.sqlite' }, /Okänd säkerhetskopia/],
      [{ id: '2026-11-25T08-00-00-000Z.sqlite' }, /går inte att läsa som en planfil/],
      [{ id: 42 }, /måste vara en text/],
      [{ id: '2026-11-26T09-00-00-000Z.sqlite', path: '/tmp' }, /okänt fält/],
    ];
    for (const [input, message] of refusals) {
      const result = await call<RestoredBackup>(session, 'restoreBackup', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(result.error.message + (result.error.problems ?? []).map((p) => p.message).join(' '), JSON.stringify(input)).toMatch(message);
    }
    expect({ open: sha256(file.path), besideOpen: readdirSync(dirname(file.path)).sort(), backups: readdirSync(folder).sort() }).toEqual(before);
  });

  it('never writes over the open file, and a cancelled save dialog restores nothing', async () => {
    let answer: string | null = null;
    const { file, session } = await planWithBackup(async () => answer);
    const before = sha256(file.path);
    const besideOpen = readdirSync(dirname(file.path)).sort();
    const id = '2026-11-26T09-00-00-000Z.sqlite';
    expect(await call(session, 'restoreBackup', { id })).toEqual({ ok: true, value: { kind: 'cancelled' } });
    answer = file.path;
    const overOpen = await call(session, 'restoreBackup', { id });
    expect(overOpen.ok).toBe(false);
    if (!overOpen.ok) expect(overOpen.error.message).toMatch(/skrivs aldrig över/);
    expect(sha256(file.path)).toBe(before);
    expect(readdirSync(dirname(file.path)).sort()).toEqual(besideOpen);
  });

  it('works on a file opened read-only, and says so where no backups are kept', async () => {
    const { session } = await planWithBackup();
    expect((await call<BackupList>({ ...session, readOnly: true }, 'listBackups', {})).ok).toBe(true);
    const { session: plain } = withDemoPlan();
    expect(await call(plain, 'listBackups', {})).toEqual({ ok: false, error: { kind: 'conflict', message: 'Automatiska säkerhetskopior finns inte här.' } });
  });
});

describe('names of restored files', () => {
  it('are the open file’s name and the backup’s local time, never an existing file', () => {
    const at = new Date(2026, 10, 26, 9, 5).toISOString();
    expect(restoredFileName('Handlingsplan.sqlite', at)).toBe('Handlingsplan (återställd 2026-11-26 09.05).sqlite');
    expect(restoredFileName('Åsbacka 2026.planfil', at)).toBe('Åsbacka 2026 (återställd 2026-11-26 09.05).planfil');
    expect(restoredFileName('utan-ändelse', at)).toBe('utan-ändelse (återställd 2026-11-26 09.05).planfil');
    const dir = tempDir();
    writeFileSync(join(dir, 'a.sqlite'), '');
    writeFileSync(join(dir, 'a 2.sqlite'), '');
    expect(freePath(dir, 'a.sqlite')).toBe(join(dir, 'a 3.sqlite'));
    expect(freePath(dir, 'b.sqlite')).toBe(join(dir, 'b.sqlite'));
  });
});
