import type { UseQueryResult } from '@tanstack/react-query';
import { errorMessage } from '../api/client';

/** The first refusal among several reads, as the views show it (a Swedish message), or null. */
export function firstError(...results: UseQueryResult<unknown, unknown>[]): string | null {
  const failed = results.find((r) => r.error !== null);
  return failed ? errorMessage(failed.error) : null;
}
