import type { Database } from 'better-sqlite3';
import { toIsoDate } from '../../shared/dates';
import type { InverseOp } from './undo/inverseOps';

/** What every service function gets: the open plan file and who is acting when. */
export interface ServiceContext {
  db: Database;
  user: string;
  /** Local date as ISO 'YYYY-MM-DD': the default "as of" date. */
  today: () => string;
  /** Timestamp for change log rows, ISO 8601 UTC. */
  now: () => string;
  /** While a write transaction runs: the operations that would reverse it (see records.ts). */
  journal: InverseOp[] | null;
}

/**
 * fixedToday: the date every service takes as "today" (browser mode's --today, for tests and
 * demonstrations); the clock still stamps the change log, so times stay true.
 */
export function createContext(db: Database, user: string, clock: () => Date = () => new Date(), fixedToday: string | null = null): ServiceContext {
  return {
    db,
    user,
    today: fixedToday === null ? () => toIsoDate(clock()) : () => fixedToday,
    now: () => clock().toISOString(),
    journal: null,
  };
}
