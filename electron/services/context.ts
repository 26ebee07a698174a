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

export function createContext(db: Database, user: string, clock: () => Date = () => new Date()): ServiceContext {
  return {
    db,
    user,
    today: () => toIsoDate(clock()),
    now: () => clock().toISOString(),
    journal: null,
  };
}
