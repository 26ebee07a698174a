import { AppError } from '@shared/errors';
import { OIDC_MESSAGES } from './oidcMessages';

/** Host names that never leave this machine. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * The issuer as a URL, and whether plain http may be used for it. Only a provider on this machine
 * (the tests' oidc-provider on 127.0.0.1) may be reached over http: anything else must be https,
 * since the token endpoint's answer carries the signed-in person's identity.
 */
export function parseIssuer(issuer: string): { url: URL; allowHttp: boolean } {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new AppError('validation', OIDC_MESSAGES.badIssuer);
  }
  if (url.protocol === 'https:') return { url, allowHttp: false };
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return { url, allowHttp: true };
  throw new AppError('validation', OIDC_MESSAGES.insecureIssuer);
}
