import { existsSync } from 'node:fs';
import { AppError } from '../../shared/errors';
import { createContext, type ServiceContext } from '../services/context';
import { acquireFileLock, FileInUseError } from '../services/db/fileLock';
import { openPlanFile } from '../services/db/openPlanFile';
import { WriteState } from '../services/db/writeState';
import { userName } from '../services/userName';

/**
 * A command that writes takes the same lock as the app, so it never writes into a file someone is
 * editing; if the lock is someone else's it is refused with the app's message naming who has the
 * file. Its writes check the lock like the app's (ctx.access). The lock goes when the command ends.
 */
export function withWriteLock<T>(dbPath: string, write: (access: WriteState) => T): T {
  let lock;
  try {
    lock = acquireFileLock(dbPath);
  } catch (error) {
    if (error instanceof FileInUseError) throw new AppError('conflict', `${error.message} Kommandot har inte ändrat något.`);
    throw error;
  }
  try {
    return write(new WriteState(lock));
  } finally {
    lock.release();
  }
}

/** An existing plan file opened for editing under its lock; a missing file is refused as missing, with no lock made beside it. */
export function withEditableFile<T>(dbPath: string, fn: (ctx: ServiceContext) => T): T {
  if (!existsSync(dbPath)) openPlanFile(dbPath, { readOnly: true });
  return withWriteLock(dbPath, (access) => {
    const file = openPlanFile(dbPath);
    try {
      const ctx = createContext(file.db, userName());
      ctx.access = access;
      return fn(ctx);
    } finally {
      file.db.close();
    }
  });
}
