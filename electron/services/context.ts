import type { Database } from 'better-sqlite3';
import { hostname } from 'node:os';
import { toIsoDate } from '@shared/dates';
import type { Caller } from '@shared/domain/users';
import type { WriteAccess } from './db/writeAccess';
import type { InverseOp } from './undo/inverseOps';

/** What every service function gets: the open plan file and who is acting when. */
export interface ServiceContext {
  db: Database;
  user: string;
  /** The computer: with user, who made an undo entry (undo never crosses writers). */
  host: string;
  /** Local date as ISO 'YYYY-MM-DD': the default "as of" date. */
  today: () => string;
  /** Timestamp for change log rows, ISO 8601 UTC. */
  now: () => string;
  /** While a write transaction runs: the operations that would reverse it (see records.ts). */
  journal: InverseOp[] | null;
  /** Checked before every write transaction: the lock is still ours, the disk still takes writes. Absent: always allowed. */
  access?: WriteAccess;
  /**
   * Server mode: the signed-in person (dispatch sets it with user = their name, host = their account,
   * electron/services/access/callerSession.ts). Undo is then per person. Absent on the desktop and the CLI.
   */
  caller?: Caller;
}

/**
 * fixedToday: the date every service takes as "today" (browser mode's --today, for tests and
 * demonstrations); the clock still stamps the change log, so times stay true.
 */
export function createContext(db: Database, user: string, clock: () => Date = () => new Date(), host: string = hostname(), fixedToday: string | null = null): ServiceContext {
  return {
    db,
    user,
    host,
    today: fixedToday === null ? () => toIsoDate(clock()) : () => fixedToday,
    now: () => clock().toISOString(),
    journal: null,
  };
}
