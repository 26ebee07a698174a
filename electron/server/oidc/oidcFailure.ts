import * as client from 'openid-client';
import { AppError } from '@shared/errors';
import { OIDC_MESSAGES } from './oidcMessages';

/** openid-client's codes for a provider that answered, but not as a working OIDC provider would (a 5xx page, HTML). */
const NOT_ANSWERING_CODES = new Set(['OAUTH_RESPONSE_IS_NOT_CONFORM', 'OAUTH_RESPONSE_IS_NOT_JSON', 'OAUTH_TIMEOUT', 'OAUTH_ABORT']);

/**
 * Turns whatever openid-client threw into the refusal the user sees, in Swedish. The original error
 * stays as `cause`, so the server's security log can say what went wrong technically.
 */
export function oidcFailure(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const refusal = new AppError('unauthorized', messageFor(error));
  refusal.cause = error;
  return refusal;
}

function messageFor(error: unknown): string {
  // fetch rejects with a TypeError when the connection cannot be made (refused, DNS, TLS).
  if (error instanceof TypeError) return OIDC_MESSAGES.unreachable;
  // The provider said no: an error on the callback (access_denied …) or from the token endpoint (invalid_grant …).
  if (error instanceof client.AuthorizationResponseError || error instanceof client.ResponseBodyError
    || error instanceof client.WWWAuthenticateChallengeError) return OIDC_MESSAGES.denied;
  if (error instanceof client.ClientError && error.code !== undefined && NOT_ANSWERING_CODES.has(error.code)) {
    return OIDC_MESSAGES.unreachable;
  }
  return OIDC_MESSAGES.invalidAnswer;
}
