import { openSync, readSync, closeSync, fstatSync } from 'node:fs';

/** https://sqlite.org/fileformat2.html#the_database_header */
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export interface PlanFileHeader {
  size: number;
  isSqlite: boolean;
  applicationId: number;
  userVersion: number;
}

/**
 * Reads the first 100 bytes without SQLite: better-sqlite3 opens any file and only fails at
 * the first statement, and a statement on a foreign file may already have written to it.
 */
export function readPlanFileHeader(path: string): PlanFileHeader {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    const isSqlite = read === 100 && header.subarray(0, 16).equals(SQLITE_MAGIC);
    return {
      size,
      isSqlite,
      applicationId: isSqlite ? header.readUInt32BE(68) : 0,
      userVersion: isSqlite ? header.readUInt32BE(60) : 0,
    };
  } finally {
    closeSync(fd);
  }
}
