import { randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { normaliseText } from '@shared/textRule';

/**
 * Passwords are stored as scrypt hashes with their parameters, "scrypt$<log2 N>$<r>$<p>$<salt>$<hash>"
 * (base64), so the cost can be raised later and old hashes still verify. N = 2^15, r = 8, p = 1 is
 * OWASP's scrypt recommendation (https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html).
 */
export const SCRYPT_COST = { log2N: 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 64;
const SALT_BYTES = 16;

interface StoredHash { log2N: number; r: number; p: number; salt: Buffer; hash: Buffer }

/**
 * The text that is hashed: as the contract's text rule leaves it (shared/textRule.ts: no control
 * characters, NFC), so a password saved through saveUser, set on the command line or typed at sign-in is
 * the same text whichever way it came.
 */
function canonical(password: string): string {
  return normaliseText(password).normalize('NFC');
}

function options(log2N: number, r: number, p: number): ScryptOptions {
  const N = 2 ** log2N;
  // scrypt needs about 128·N·r bytes; Node's default limit (32 MiB) is exactly that for our cost, so give it room.
  return { N, r, p, maxmem: 256 * N * r };
}

/** A new hash with a fresh random salt. Synchronous: used by the CLI and the administrator's save, not per request. */
export function hashPassword(password: string): string {
  const { log2N, r, p } = SCRYPT_COST;
  const salt = randomBytes(SALT_BYTES);
  const hash = scryptSync(canonical(password), salt, KEY_LENGTH, options(log2N, r, p));
  return ['scrypt', log2N, r, p, salt.toString('base64'), hash.toString('base64')].join('$');
}

function parse(stored: string): StoredHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [log2N, r, p] = parts.slice(1, 4).map(Number);
  if (![log2N, r, p].every((n) => Number.isInteger(n) && n > 0) || log2N > 24) return null;
  return { log2N, r, p, salt: Buffer.from(parts[4], 'base64'), hash: Buffer.from(parts[5], 'base64') };
}

/** Whether the password matches; asynchronous (libuv's thread pool) so a sign-in does not stop the server. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed || parsed.hash.length === 0) return false;
  const derived = await new Promise<Buffer>((resolve, reject) => {
    scrypt(canonical(password), parsed.salt, parsed.hash.length, options(parsed.log2N, parsed.r, parsed.p),
      (error, key) => (error ? reject(error) : resolve(key)));
  });
  return timingSafeEqual(derived, parsed.hash);
}

/**
 * Verified when the login is unknown (or has no password), so that answer costs the same scrypt as a
 * wrong password and its timing does not tell them apart. The hash of 32 random bytes nobody kept, at
 * SCRYPT_COST; a constant, so the first unknown login does not pay for making it.
 */
export const DECOY_HASH = 'scrypt$15$8$1$Z5scQN8rWVJAgbiG0K+2HQ==$6nKs0NwLsBmgQp0bXJt6zL9eR1IUN0Tw19NX67zmotHHVQRYQlUXp8RpfQJSLcXslrbycpcTFkF+5RfUOATmog==';
