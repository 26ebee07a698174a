import { existsSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppError } from '@shared/errors';
import { createContext, type ServiceContext } from '../services/context';
import { acquireFileLock, FileInUseError } from '../services/db/fileLock';
import { createPlanFile, openPlanFile, type OpenPlanFile } from '../services/db/openPlanFile';
import { WriteState } from '../services/db/writeState';
import { startWithCatalogue } from '../services/indicator/indicatorCatalogue';
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

/** A new plan file goes into a folder that is there: the command says so, rather than that the file cannot be locked. */
export function refuseMissingFolder(dbPath: string): void {
  const folder = dirname(resolve(dbPath));
  if (!existsSync(folder)) throw new AppError('refused_file', `Mappen ”${folder}” finns inte. Ingen planfil skapades.`);
}

/**
 * A plan file opened for editing under its lock, made first (as the app makes one) when it does not
 * exist (with the indikator catalogue, like a new file in the app). A file made here is removed again if fn refuses, so a refused command leaves nothing behind.
 */
export function withNewOrEditableFile<T>(dbPath: string, fn: (ctx: ServiceContext) => T): T {
  if (!existsSync(dbPath)) refuseMissingFolder(dbPath);
  return withWriteLock(dbPath, (access) => {
    const created = !existsSync(dbPath);
    let file: OpenPlanFile | null = null;
    try {
      file = created ? createPlanFile(dbPath) : openPlanFile(dbPath);
      const ctx = createContext(file.db, userName());
      ctx.access = access;
      if (created) startWithCatalogue(ctx);
      const result = fn(ctx);
      file.db.close();
      return result;
    } catch (error) {
      file?.db.close();
      if (created) rmSync(dbPath, { force: true });
      throw error;
    }
  });
}
