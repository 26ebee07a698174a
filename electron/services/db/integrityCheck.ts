import Database from 'better-sqlite3';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Is a plan file (or a backup of one) intact? SQLite's `PRAGMA quick_check` walks every page of
 * every b-tree (https://sqlite.org/pragma.html#pragma_quick_check), so a page overwritten with
 * garbage is found before anything reads or writes the file.
 *
 * It runs on its own read-only connection: that never writes, and it is two and a half times as
 * fast as on a writable one, which also checks every CHECK constraint (34 MB bench file: 65 ms
 * against 170 ms). A read-only connection cannot roll back a hot journal, so the plan file's own
 * connection must have read the file first (openPlanFile does).
 */
export type IntegrityVerdict = { ok: true } | { ok: false; problems: string[] };

/** SQLite's answers that mean the file itself is damaged, not that it could not be read just now. */
const DAMAGE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);
/** Enough lines to tell what is wrong without reading thousands. */
const MAX_PROBLEMS = 20;

/**
 * Up to this size the check runs before the file is used (about 2 ms per MB on a local disk, so at
 * most about 16 ms). A larger file is checked in a worker thread while it stays read-only: opening
 * it and the first summary stay within 50 ms (`npm run bench`, id openWithCheck).
 */
export const CHECK_BEFORE_USE_MAX_BYTES = 8 * 1024 * 1024;

export function checksInBackground(path: string): boolean {
  return statSync(path).size > CHECK_BEFORE_USE_MAX_BYTES;
}

/** One verdict from the rows of PRAGMA quick_check, or from the error it threw. */
function verdictOf(outcome: { rows: unknown[] } | { code: string; message: string }): IntegrityVerdict {
  if ('code' in outcome) {
    if (DAMAGE_CODES.has(outcome.code)) return { ok: false, problems: [outcome.message] };
    throw Object.assign(new Error(outcome.message), { code: outcome.code });
  }
  const lines = outcome.rows.map((row) => String(Object.values(row as Record<string, unknown>)[0]));
  return lines.length === 1 && lines[0] === 'ok' ? { ok: true } : { ok: false, problems: lines };
}

/** Checks the file now, on this thread. Throws only if the file could not be checked at all. */
export function checkIntegrity(path: string): IntegrityVerdict {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true, timeout: 5000 });
    try {
      return verdictOf({ rows: db.prepare(`PRAGMA quick_check(${MAX_PROBLEMS})`).all() });
    } finally {
      db.close();
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') return verdictOf({ code, message: (error as Error).message });
    throw error;
  }
}

/**
 * The same check in a worker thread, so a large file does not hold up the main process. The
 * worker is plain CommonJS given as source, so it runs alike from the built app, from tsx and in
 * the tests; it loads better-sqlite3 from where this process found it. If the worker cannot run
 * (e.g. a platform where it cannot load the native module), the check runs here instead: slower
 * for the user, never skipped.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqliteModule);
let outcome;
try {
  const db = new Database(workerData.path, { readonly: true, fileMustExist: true, timeout: 5000 });
  try { outcome = { rows: db.prepare('PRAGMA quick_check(' + workerData.maxProblems + ')').all() }; } finally { db.close(); }
} catch (error) {
  outcome = typeof error.code === 'string' ? { code: error.code, message: error.message } : { failed: String(error) };
}
parentPort.postMessage(outcome);
`;

type WorkerOutcome = { rows: unknown[] } | { code: string; message: string } | { failed: string };

export function checkIntegrityInBackground(path: string, log: (message: string, error: unknown) => void = console.error): Promise<IntegrityVerdict> {
  const here = () => Promise.resolve().then(() => checkIntegrity(path));
  let worker: Worker;
  try {
    const sqliteModule = createRequire(import.meta.url).resolve('better-sqlite3');
    worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { sqliteModule, path, maxProblems: MAX_PROBLEMS } });
  } catch (error) {
    log('[integrity] worker could not start; checking on the main thread', error);
    return here();
  }
  return new Promise<WorkerOutcome | null>((resolve) => {
    worker.once('message', resolve);
    worker.once('error', (error) => {
      log('[integrity] worker failed; checking on the main thread', error);
      resolve(null);
    });
    worker.once('exit', () => resolve(null));
  }).then((outcome) => {
    if (outcome !== null && !('failed' in outcome)) return verdictOf(outcome);
    if (outcome !== null) log('[integrity] worker could not check; checking on the main thread', outcome.failed);
    return here();
  });
}

/** Before use for a small file, in the background for a large one: what backups and FileSession call. */
export function checkIntegritySoon(path: string): Promise<IntegrityVerdict> {
  return checksInBackground(path) ? checkIntegrityInBackground(path) : Promise.resolve().then(() => checkIntegrity(path));
}
