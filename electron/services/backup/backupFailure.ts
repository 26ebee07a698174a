import { DamagedFileError } from '../db/damagedFile';

/** A copy that failed its integrity check after it was written: deleted, never kept. */
export class DamagedBackupError extends Error {
  constructor(readonly findings: string[]) {
    super('the backup failed its integrity check');
    this.name = 'DamagedBackupError';
  }
}

const BY_CODE: Record<string, string> = {
  ENOSPC: 'disken är full',
  SQLITE_FULL: 'disken är full',
  EDQUOT: 'diskkvoten är slut',
  EACCES: 'mappen för säkerhetskopior går inte att skriva till',
  EPERM: 'mappen för säkerhetskopior går inte att skriva till',
  EROFS: 'mappen för säkerhetskopior går inte att skriva till',
  SQLITE_READONLY: 'mappen för säkerhetskopior går inte att skriva till',
  ENOTDIR: 'mappen för säkerhetskopior går inte att skapa',
  EEXIST: 'mappen för säkerhetskopior går inte att skapa',
  SQLITE_CANTOPEN: 'kopian gick inte att skapa',
  SQLITE_IOERR: 'disken kunde inte läsas eller skrivas',
  SQLITE_BUSY: 'planfilen var upptagen av ett annat program',
  EIO: 'disken kunde inte läsas eller skrivas',
};

/** Why a backup failed, in Swedish for the status line: "Säkerhetskopieringen misslyckades i dag 10:42: disken är full". */
export function backupFailureReason(error: unknown): string {
  if (error instanceof DamagedFileError) return 'planfilen är skadad';
  if (error instanceof DamagedBackupError) return 'kopian blev skadad och sparades inte';
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    const reason = BY_CODE[code] ?? BY_CODE[code.replace(/_[A-Z]+$/, '')];
    if (reason) return reason;
  }
  return 'ett oväntat fel';
}
