import { AsyncLocalStorage } from 'node:async_hooks';
import type { ChangedTables } from '@shared/errors';

/**
 * Which tables one API call changed, so that its answer can say so (Result.changed) and the
 * renderer refetches exactly the reads of those tables. Collected per call in async-local storage
 * rather than on the shared ServiceContext: an import awaiting its spreadsheet must not take
 * the tables of a status report saved meanwhile.
 */
interface Collected { tables: Set<string>; wholeFile: boolean }
const scope = new AsyncLocalStorage<Collected>();

/** Runs one call and returns what it answered with the tables its committed writes changed. */
export async function collectChanges<T>(run: () => T | Promise<T>): Promise<{ value: T; changed: ChangedTables }> {
  const collected: Collected = { tables: new Set(), wholeFile: false };
  const value = await scope.run(collected, run);
  return { value, changed: collected.wholeFile ? EVERYTHING : [...collected.tables].sort() };
}

/** Called once a write transaction has committed (records.ts, the undo journal). */
export function noteChanged(tables: Iterable<string>): void {
  const collected = scope.getStore();
  if (collected) for (const table of tables) collected.tables.add(table);
}

const EVERYTHING: ChangedTables = 'everything';

/**
 * The one way to say "the whole file may differ", so every read is fetched again: a backup
 * restored (the session switched files), a whole plan restored from JSON or imported.
 */
export function noteWholeFile(): void {
  const collected = scope.getStore();
  if (collected) collected.wholeFile = true;
}
