import { QueryClient } from '@tanstack/react-query';

/**
 * The renderer's one query cache (TanStack Query): every read from the plan file, keyed by call
 * name and input (useCall.ts). Reads are fetched again when a write changed a table they read
 * (invalidate.ts), when a view showing them mounts (another writer on a network share may have
 * changed the file meanwhile, as before), and never on window focus or by retrying a refusal.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false, staleTime: 0 },
    },
  });
}

export const queryClient = createQueryClient();
