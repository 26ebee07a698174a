import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { CallInput, CallOutput, ReadCallName } from '@shared/api/contract';
import { api, type ApiError } from '../api/client';
import type { CallKey } from './invalidate';

export function callKey<K extends ReadCallName>(name: K, input: CallInput<K>): CallKey {
  return [name, input];
}

/** The query options of a read call, for useCall and for code outside React (prefetching, tests). */
export function callQuery<K extends ReadCallName>(name: K, input: CallInput<K>) {
  return {
    queryKey: callKey(name, input),
    queryFn: () => (api[name] as (i: CallInput<K>) => Promise<CallOutput<K>>)(input),
  };
}

/**
 * Every read of the plan file goes through here: one cache entry per call name and input, shared
 * by every view that shows it, fetched again when a write changed what it reads. `input` null
 * means "not yet" (e.g. no plan chosen): nothing is fetched. `keepPrevious`: while a new input's
 * answer is on its way, the previous input's answer stays on screen (a chart does not go blank).
 */
export function useCall<K extends ReadCallName>(name: K, input: CallInput<K> | null, options: { keepPrevious?: boolean } = {}): UseQueryResult<CallOutput<K>, ApiError> {
  return useQuery<CallOutput<K>, ApiError, CallOutput<K>, CallKey>({
    ...callQuery(name, (input ?? {}) as CallInput<K>),
    enabled: input !== null,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
}
