import { describe, expect, it } from 'vitest';
import { identityFrom, lacksNameOrEmail } from '../../../electron/server/oidc/identityClaims';

describe('identityFrom', () => {
  it('takes e-mail and name from the ID token first, then from UserInfo', () => {
    expect(identityFrom('s1', { sub: 's1', email: 'a@kommun.se' }, { sub: 's1', email: 'b@kommun.se', name: 'Anna Lind' }))
      .toEqual({ subject: 's1', email: 'a@kommun.se', name: 'Anna Lind' });
  });

  it('answers null for a claim no one gave, or gave empty', () => {
    expect(identityFrom('s1', { sub: 's1', name: '  ' }, undefined)).toEqual({ subject: 's1', email: null, name: null });
  });

  it('trims the claims', () => {
    expect(identityFrom('s1', { email: ' a@kommun.se ', name: ' Anna Lind ' })).toEqual({ subject: 's1', email: 'a@kommun.se', name: 'Anna Lind' });
  });

  it('leaves out an e-mail marked unverified, also when the mark is the string "false" (as some providers send it)', () => {
    expect(identityFrom('s1', { email: 'a@kommun.se', email_verified: false }).email).toBeNull();
    expect(identityFrom('s1', { email: 'a@kommun.se', email_verified: 'false' }).email).toBeNull();
    expect(identityFrom('s1', { email: 'a@kommun.se' }, { email_verified: false }).email).toBeNull();
  });

  it('keeps an e-mail marked verified or not marked at all (Entra ID sends no mark)', () => {
    expect(identityFrom('s1', { email: 'a@kommun.se', email_verified: true }).email).toBe('a@kommun.se');
    expect(identityFrom('s1', { email: 'a@kommun.se' }).email).toBe('a@kommun.se');
  });
});

describe('lacksNameOrEmail', () => {
  it('asks UserInfo only when the ID token misses one of them', () => {
    expect(lacksNameOrEmail({ email: 'a@kommun.se', name: 'Anna Lind' })).toBe(false);
    expect(lacksNameOrEmail({ email: 'a@kommun.se' })).toBe(true);
    expect(lacksNameOrEmail({ name: 'Anna Lind' })).toBe(true);
  });
});
