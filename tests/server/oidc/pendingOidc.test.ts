import { describe, expect, it } from 'vitest';
import { OIDC_PENDING_MAX, OIDC_PENDING_MAX_AGE_MS, prunePending, type PendingOidc } from '../../../electron/server/oidc/pendingOidc';

const started = (createdAt: number): PendingOidc => ({ codeVerifier: 'v', state: 's', nonce: 'n', createdAt });

describe('the sign-ins waiting for the identity provider', () => {
  it('lose those older than the limit and keep the rest', () => {
    const now = 1_000_000_000;
    const pending = new Map([['gammal', started(now - OIDC_PENDING_MAX_AGE_MS - 1)], ['ny', started(now - 1000)]]);
    prunePending(pending, now);
    expect([...pending.keys()]).toEqual(['ny']);
  });

  it('never grow past the cap however often a sign-in is started: the oldest goes first', () => {
    const now = 1_000_000_000;
    const pending = new Map<string, PendingOidc>();
    for (let n = 0; n < OIDC_PENDING_MAX + 50; n++) {
      prunePending(pending, now);
      pending.set(`id${n}`, started(now));
    }
    expect(pending.size).toBe(OIDC_PENDING_MAX);
    expect(pending.has('id0')).toBe(false);
    expect(pending.has(`id${OIDC_PENDING_MAX + 49}`)).toBe(true);
  });
});
