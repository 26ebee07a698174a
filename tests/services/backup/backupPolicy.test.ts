import { describe, expect, it } from 'vitest';
import { backupsToDelete, KEEP_DAYS, KEEP_LATEST } from '../../../electron/services/backup/backupPolicy';

const now = new Date('2026-11-26T12:00:00Z');

function stampsEvery(hours: number, count: number) {
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(now.getTime() - i * hours * 3600 * 1000).toISOString();
    return { name: `${at}.sqlite`, at };
  });
}

describe('which backups are kept', () => {
  it('keeps the newest 10 however close together they are', () => {
    const stamps = stampsEvery(0.2, 25);
    const kept = stamps.filter((s) => !backupsToDelete(stamps, now).includes(s));
    expect(kept.slice(0, KEEP_LATEST)).toEqual(stamps.slice(0, KEEP_LATEST));
  });

  it('keeps one a day for 30 days and nothing older beyond the newest 10', () => {
    const stamps = stampsEvery(6, 4 * 60);
    const deleted = new Set(backupsToDelete(stamps, now).map((s) => s.name));
    const kept = stamps.filter((s) => !deleted.has(s.name));
    const days = new Set(kept.map((s) => s.at.slice(0, 10)));
    expect(days.size).toBe(KEEP_DAYS + 1);
    const oldest = new Date(now.getTime() - KEEP_DAYS * 24 * 3600 * 1000).toISOString().slice(0, 10);
    expect(kept.every((s) => s.at.slice(0, 10) >= oldest)).toBe(true);
    expect(kept.length).toBeLessThanOrEqual(KEEP_LATEST + KEEP_DAYS + 1);
  });

  it('keeps a backup for 30 days, as the README promises: one 30 days old stays, one 31 days old goes', () => {
    // One backup a day at noon, 40 days back; more than the newest 10, so only the day rule can keep the old ones.
    const stamps = stampsEvery(24, 41);
    const deleted = backupsToDelete(stamps, now).map((s) => s.at.slice(0, 10));
    expect(deleted).not.toContain('2026-10-27');
    expect(deleted).toContain('2026-10-26');
    expect(deleted[0]).toBe('2026-10-26');
    expect(deleted).toHaveLength(10);
  });

  it('keeps the newest 10, as the README promises, even when all are older than 30 days', () => {
    const old = new Date('2026-01-01T12:00:00Z');
    const stamps = Array.from({ length: 12 }, (_, i) => {
      const at = new Date(old.getTime() - i * 60_000).toISOString();
      return { name: `${at}.sqlite`, at };
    });
    expect(backupsToDelete(stamps, now).map((s) => s.name)).toEqual([stamps[10].name, stamps[11].name]);
  });

  it('never deletes the backup known to be intact, however old, even with a clock that went backwards', () => {
    const stamps = stampsEvery(6, 4 * 60);
    const oldest = stamps[stamps.length - 1];
    expect(backupsToDelete(stamps, now)).toContainEqual(oldest);
    expect(backupsToDelete(stamps, now, oldest.name)).not.toContainEqual(oldest);
    expect(backupsToDelete(stamps, now, oldest.name)).toHaveLength(backupsToDelete(stamps, now).length - 1);
  });
});
