import { describe, expect, it } from 'vitest';
import { describeBackupStatus, formatRecentTime, type BackupStatus } from '@shared/domain/backupStatus';

/** Local times, so the assertions hold in any time zone. */
const at = (day: number, hour: number, minute: number) => new Date(2026, 10, day, hour, minute).toISOString();
const now = new Date(2026, 10, 26, 14, 0);
const working: BackupStatus = { active: true, newestAt: at(26, 10, 42), failure: null, changedSinceNewest: false };

describe('the backup status line', () => {
  it('says when the newest backup was taken: today, yesterday, or the date', () => {
    expect(describeBackupStatus(working, now)).toEqual({ text: 'Senaste säkerhetskopia: i dag 10:42', warning: false });
    expect(formatRecentTime(at(25, 16, 5), now)).toBe('i går 16:05');
    expect(formatRecentTime(at(3, 9, 0), now)).toBe('3 november 2026 kl. 09:00');
  });

  it('warns when the last attempt failed, naming when, why and the newest backup there is', () => {
    const failed = { ...working, failure: { at: at(26, 13, 52), reason: 'disken är full' } };
    expect(describeBackupStatus(failed, now)).toEqual({
      text: 'Säkerhetskopieringen misslyckades i dag 13:52: disken är full. Senaste säkerhetskopia: i dag 10:42.', warning: true,
    });
    expect(describeBackupStatus({ ...failed, newestAt: null }, now).text).toBe('Säkerhetskopieringen misslyckades i dag 13:52: disken är full. Senaste säkerhetskopia: ingen.');
  });

  it('warns when the newest backup is more than a day old and the file has changed since, not when nothing changed', () => {
    const old = { ...working, newestAt: at(25, 13, 0) };
    expect(describeBackupStatus(old, now).warning).toBe(false);
    expect(describeBackupStatus({ ...old, changedSinceNewest: true }, now)).toEqual({
      text: 'Senaste säkerhetskopia: i går 13:00, mer än ett dygn gammal, och planfilen har ändrats sedan dess.', warning: true,
    });
    expect(describeBackupStatus({ ...working, newestAt: at(25, 15, 0), changedSinceNewest: true }, now).warning).toBe(false);
  });

  it('says when none is taken yet, and that a read-only file gets none here', () => {
    expect(describeBackupStatus({ ...working, newestAt: null, changedSinceNewest: true }, now)).toEqual({ text: 'Senaste säkerhetskopia: ingen ännu', warning: false });
    expect(describeBackupStatus({ ...working, active: false, newestAt: at(3, 9, 0) }, now)).toEqual({
      text: 'Senaste säkerhetskopia: 3 november 2026 kl. 09:00. Inga nya tas medan filen är skrivskyddad.', warning: false,
    });
  });
});
