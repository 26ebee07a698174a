import { describe, expect, it } from 'vitest';
import { contentSummary, formatSize } from '@renderer/views/backup/backupFormat';
import { formatBackupTime } from '@shared/domain/backupStatus';

const backup = { id: 'x', at: '2026-11-26T09:00:00.000Z', plans: 1, actions: 42, statusReports: 1203, sizeBytes: 1_234_567, lastChange: null, readable: true };

describe('how the restore dialog writes a backup', () => {
  it('in Swedish: time, size and what it holds', () => {
    const local = new Date(2026, 10, 26, 9, 5).toISOString();
    expect(formatBackupTime(local)).toBe('26 november 2026 kl. 09:05');
    expect(formatSize(1_234_567)).toBe('1,2 MB');
    expect(formatSize(840_000)).toBe('840 kB');
    expect(contentSummary(backup)).toBe('1 plan, 42 åtgärder, 1\u00a0203 lägesrapporter');
    expect(contentSummary({ ...backup, plans: 2, actions: 1, statusReports: 0 })).toBe('2 planer, 1 åtgärd, 0 lägesrapporter');
    expect(contentSummary({ ...backup, readable: false })).toBe('Går inte att läsa som planfil');
  });
});
