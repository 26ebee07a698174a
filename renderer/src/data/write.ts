import type { CallInput, CallName, CallOutput } from '@shared/api/contract';
import { api } from '../api/client';

/**
 * The one write path, for readability at the call site: `await write('createStatusReport', …)`.
 * Every call through the API client reports what its answer changed to the data layer
 * (dataLayer.ts), which refetches the affected reads before the promise resolves, so the caller
 * sees the new state without reloading anything itself.
 */
export function write<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
  return (api[name] as (i: CallInput<K>) => Promise<CallOutput<K>>)(input);
}
