import { describe, expect, it } from 'vitest';
import { backupFailureReason, DamagedBackupError } from '../../../electron/services/backup/backupFailure';
import { DamagedFileError } from '../../../electron/services/db/damagedFile';

const withCode = (code: string) => Object.assign(new Error(`${code}: english text`), { code });

describe('why a backup failed, as the status bar says it', () => {
  it('in Swedish, from the error code, never the English message', () => {
    expect(backupFailureReason(withCode('ENOSPC'))).toBe('disken är full');
    expect(backupFailureReason(withCode('SQLITE_FULL'))).toBe('disken är full');
    expect(backupFailureReason(withCode('EACCES'))).toBe('mappen för säkerhetskopior går inte att skriva till');
    expect(backupFailureReason(withCode('SQLITE_IOERR_WRITE'))).toBe('disken kunde inte läsas eller skrivas');
    expect(backupFailureReason(withCode('SQLITE_READONLY_DBMOVED'))).toBe('mappen för säkerhetskopior går inte att skriva till');
    expect(backupFailureReason(withCode('ENOTDIR'))).toBe('mappen för säkerhetskopior går inte att skapa');
    expect(backupFailureReason(new DamagedFileError('/x/plan.sqlite', ['malformed']))).toBe('planfilen är skadad');
    expect(backupFailureReason(new DamagedBackupError(['malformed']))).toBe('kopian blev skadad och sparades inte');
    expect(backupFailureReason(withCode('EWHATEVER'))).toBe('ett oväntat fel');
    expect(backupFailureReason('thrown string')).toBe('ett oväntat fel');
  });
});
