import type { Result } from '@shared/errors';

/**
 * Answers one API call by name: the relay to the service host (ServiceHostClient.call), or
 * dispatch on a session in the same process (tests, the bench). Never rejects.
 */
export type CallServices = (name: string, input: unknown) => Promise<Result<unknown>>;
