import Database from 'better-sqlite3';
import { setPriority } from 'node:os';
import { parentPort, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import type { CallName } from '@shared/api/contract';
import type { AppInfo } from '@shared/domain/types';
import { dispatch } from '../api/dispatch';
import { toAppError } from '../api/systemErrors';
import type { Session, SessionWrites } from '../api/handlers';
import type { ServiceContext } from '../context';
import { configureConnection } from '../db/openPlanFile';
import type { WriteAccess } from '../db/writeAccess';
import type { Platform } from '../platform';
import { receiveError, sendError, type Ask, type AskAnswer, type CallStart, type FromThread, type PlatformMethod, type ToThread } from './protocol';

/**
 * The job thread (a worker_threads Worker; built by electron-vite as out/main/jobThread.js, run from
 * source with tsx in browser mode and the tests). It runs heavy calls through the same dispatch, on
 * its own connection to the same plan file, so the owner keeps answering cheap calls meanwhile.
 * Writes go through records.ts as everywhere; the WriteAccess, clock and refusals are the owner's,
 * asked synchronously (see protocol.ts).
 */
const { askPort, askFlag } = workerData as { askPort: MessagePort; askFlag: SharedArrayBuffer };
const flag = new Int32Array(askFlag);
/** The owner answers at once unless it is itself busy; a minute means it is gone or stuck. */
const ASK_TIMEOUT_MS = 60_000;

function ask(question: Ask): unknown {
  Atomics.store(flag, 0, 0);
  askPort.postMessage(question);
  if (Atomics.wait(flag, 0, 0, ASK_TIMEOUT_MS) === 'timed-out') throw new Error('Huvudprogrammet svarade inte.');
  const received = receiveMessageOnPort(askPort);
  if (received === undefined) throw new Error('Huvudprogrammet svarade inte.');
  const answer = received.message as AskAnswer;
  if (!answer.ok) throw receiveError(answer.error);
  return answer.value;
}

/**
 * On Linux a thread has its own nice value (setpriority(2), "NOTES"), so this thread yields the CPU
 * to the owner when cores are scarce. Elsewhere it would lower the whole process: left alone there.
 */
if (process.platform === 'linux') {
  try {
    setPriority(10);
  } catch (error) {
    console.error('[jobThread] priority unchanged', error);
  }
}

const port = parentPort!;
let nextPlatformId = 1;
const platformWaiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

function platformCall(callId: number, method: PlatformMethod, args: unknown[]): Promise<never> {
  const id = nextPlatformId++;
  return new Promise((resolve, reject) => {
    platformWaiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
    port.postMessage({ type: 'platform', id, callId, method, args } satisfies FromThread);
  });
}

function platformOf(callId: number, start: CallStart): Platform {
  return {
    printToPdf: (...args) => platformCall(callId, 'printToPdf', args),
    rasterizeSvg: (...args) => platformCall(callId, 'rasterizeSvg', args),
    deliverFile: (...args) => platformCall(callId, 'deliverFile', args),
    ...(start.hasDeliverFiles ? { deliverFiles: (...args) => platformCall(callId, 'deliverFiles', args) } : {}),
  };
}

function accessOf(callId: number): WriteAccess {
  return {
    check: () => void ask({ callId, what: 'check' }),
    failed: (error) => void ask({ callId, what: 'failed', error: sendError(error) }),
    succeeded: () => void ask({ callId, what: 'succeeded' }),
  };
}

function writesOf(callId: number): SessionWrites {
  return {
    refusal: () => ask({ callId, what: 'refusal' }) as string | null,
    keep: (name: CallName, input: unknown) => void ask({ callId, what: 'keep', name, input }),
    alert: () => null,
    saveUnsavedCopy: () => Promise.reject(new Error('Kopian sparas av huvudprogrammet.')),
  };
}

/**
 * A connection of its own for each call: a file replaced on disk (a restore) is never read through an
 * old handle. cache_spill off: a large write (an import) keeps its pages in memory until COMMIT
 * instead of taking the exclusive lock early, which would stop the owner's reads until it ends
 * (https://sqlite.org/pragma.html#pragma_cache_spill).
 */
function openConnection(start: CallStart): Database.Database {
  const db = new Database(start.path, { fileMustExist: true, readonly: start.readOnly, timeout: 5000 });
  configureConnection(db, start.readOnly);
  if (!start.readOnly) db.pragma('cache_spill = false');
  return db;
}

async function run(message: Extract<ToThread, { type: 'call' }>): Promise<void> {
  const { id, name, input, start } = message;
  let db: Database.Database | null = null;
  let result;
  try {
    db = openConnection(start);
    const ctx: ServiceContext = {
      db, user: start.user, host: start.host, journal: null,
      today: () => start.today,
      now: () => start.now,
      ...(start.hasAccess ? { access: accessOf(id) } : {}),
    };
    const session: Session = {
      ctx, readOnly: start.readOnly, platform: platformOf(id, start),
      info: () => ask({ callId: id, what: 'info' }) as AppInfo,
      ...(start.hasWrites ? { writes: writesOf(id) } : {}),
      ...(start.caller ? { caller: start.caller } : {}),
    };
    result = await dispatch(session, name, input);
  } catch (error) {
    // Only opening the connection can throw here (dispatch answers every error as data): in Swedish, as dispatch would.
    result = { ok: false as const, error: toAppError(error).toData() };
  } finally {
    db?.close();
  }
  port.postMessage({ type: 'result', id, result } satisfies FromThread);
}

port.on('message', (message: ToThread) => {
  if (message.type === 'call') {
    void run(message);
    return;
  }
  const waiting = platformWaiting.get(message.id);
  if (!waiting) return;
  platformWaiting.delete(message.id);
  if (message.ok) waiting.resolve(message.value);
  else waiting.reject(receiveError(message.error));
});

port.postMessage({ type: 'ready' } satisfies FromThread);
