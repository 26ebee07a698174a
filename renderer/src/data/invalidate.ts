import type { QueryClient, Query } from '@tanstack/react-query';
import type { ReadCallName } from '@shared/api/contract';
import { READ_TABLES } from '@shared/api/readTables';
import type { ChangedTables } from '@shared/errors';

/** The query key of a read call: its name, then its input. */
export type CallKey = readonly [ReadCallName, unknown];

function readsAny(query: Query, changed: readonly string[]): boolean {
  const tables: readonly string[] | undefined = READ_TABLES[query.queryKey[0] as ReadCallName];
  return tables !== undefined && tables.some((t) => changed.includes(t));
}

/**
 * After a write: refetches exactly the cached reads that declared one of the changed tables
 * (shared/api/readTables.ts); 'everything' (a restore, a whole-plan import, a file switch)
 * refetches every read. Resolves once the reads shown on screen have their new answers.
 */
export function invalidateChanged(client: QueryClient, changed: ChangedTables): Promise<void> {
  if (changed === 'everything') return client.invalidateQueries();
  if (changed.length === 0) return Promise.resolve();
  return client.invalidateQueries({ predicate: (query) => readsAny(query, changed) });
}
