import { randomBytes, timingSafeEqual } from 'node:crypto';

/** Random tokens (session ids, CSRF tokens) and their comparison in constant time. */

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Whether a header's or field's value equals the expected secret, without leaking where they differ. */
export function tokenMatches(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
