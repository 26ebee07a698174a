import type Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { copyFileName } from '@shared/domain/backup';
import type { UnsavedCopy } from '@shared/domain/types';
import { AppError } from '@shared/errors';
import { createContext } from '../context';
import { openPlanFile } from '../db/openPlanFile';
import type { RefusedWrite } from '../db/writeState';
import type { Platform } from '../platform';
import { dispatch } from './dispatch';

/** Undo reverses a change in the plan file; in a copy it would reverse someone else's. It is not carried over. */
export function carriedIntoCopy(callName: string): boolean {
  return callName !== 'undoLastChange';
}

export interface UnsavedCopySource {
  db: Database.Database;
  path: string;
  user: string;
  clock: () => Date;
  platform: Platform;
}

/**
 * "Spara kopia som…" after writing stopped (a lost lock, a full disk): a consistent copy of the
 * file as it is now (SQLite's backup API), with the changes this session was refused made in it,
 * one by one through the same API, and handed to the user like any export. The open file is
 * never written. A refused change that no longer fits (another writer deleted its åtgärd) is
 * left out and named.
 */
export async function saveUnsavedCopy(source: UnsavedCopySource, refused: readonly RefusedWrite[]): Promise<UnsavedCopy> {
  const dir = mkdtempSync(join(tmpdir(), 'planuppfoljning-kopia-'));
  try {
    const temp = join(dir, 'kopia.planfil');
    await source.db.backup(temp);
    const { applied, failed } = await replay(temp, source, refused);
    const at = source.clock();
    const file = await source.platform.deliverFile({
      fileName: copyFileName(basename(source.path), 'ej sparade ändringar', at),
      mimeType: 'application/vnd.sqlite3',
      bytes: new Uint8Array(readFileSync(temp)),
    });
    return { file, applied, failed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function replay(path: string, source: UnsavedCopySource, refused: readonly RefusedWrite[]): Promise<{ applied: number; failed: string[] }> {
  const copy = openPlanFile(path);
  try {
    const session = {
      ctx: createContext(copy.db, source.user, source.clock),
      readOnly: false,
      platform: source.platform,
      info: () => { throw new AppError('conflict', 'Kopian är inte öppen här.'); },
    };
    let applied = 0;
    const failed: string[] = [];
    for (const [index, write] of refused.entries()) {
      const result = await dispatch(session, write.name, write.input);
      if (result.ok) applied += 1;
      else failed.push(`Ändring ${index + 1}: ${result.error.message}`);
    }
    return { applied, failed };
  } finally {
    copy.db.close();
  }
}
