import type { UseQueryResult } from '@tanstack/react-query';
import { errorMessage } from '../api/client';

/** The first refusal among several reads, as the views show it (a Swedish message), or null. */
export function firstError(...results: UseQueryResult<unknown, unknown>[]): string | null {
  const failed = results.find((r) => r.error !== null);
  return failed ? errorMessage(failed.error) : null;
}

/** True while any read has no answer yet (not while a cached answer is being refreshed). */
export function anyPending(...results: UseQueryResult<unknown, unknown>[]): boolean {
  return results.some((r) => r.isPending && r.fetchStatus !== 'idle');
}
