import type { QueryClient } from '@tanstack/react-query';
import { onChanged } from '../api/client';
import { invalidateChanged } from './invalidate';
import { queryClient } from './queryClient';

/**
 * The one registration that ties writes to the cache: whatever a call's answer says it changed
 * (Result.changed) refetches the reads of those tables; 'everything' — a restored backup, a
 * restored or imported plan, a switched file — refetches them all. Returns how to stop (tests).
 */
export function connectDataLayer(client: QueryClient = queryClient): () => void {
  return onChanged((changed) => invalidateChanged(client, changed));
}

/** The whole file may differ (the file was switched): every read is fetched again. */
export function fileChanged(client: QueryClient = queryClient): Promise<void> {
  return invalidateChanged(client, 'everything');
}
