import { describe, expect, it } from 'vitest';
import { DECOY_HASH, hashPassword, SCRYPT_COST, verifyPassword } from '../../../electron/server/accounts/passwordHash';
import { passwordProblem } from '../../../electron/server/accounts/passwordRule';

describe('password hashes: scrypt with its parameters and a random salt', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = hashPassword('korrekt häst batteri');
    expect(await verifyPassword('korrekt häst batteri', stored)).toBe(true);
    expect(await verifyPassword('korrekt häst batterI', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('hashes the text as the contract keeps it: composed or decomposed Å, a stray control character, are one password', async () => {
    const stored = hashPassword('Åsa cyklar hem\u0007');
    expect(await verifyPassword('A\u030Asa cyklar hem', stored)).toBe(true);
    expect(await verifyPassword('Asa cyklar hem', stored)).toBe(false);
  });

  it('stores the cost with the hash, and a fresh salt each time', () => {
    const [scheme, log2N, r, p, salt, hash] = hashPassword('korrekt häst batteri').split('$');
    expect([scheme, Number(log2N), Number(r), Number(p)]).toEqual(['scrypt', SCRYPT_COST.log2N, SCRYPT_COST.r, SCRYPT_COST.p]);
    expect(SCRYPT_COST.log2N).toBeGreaterThanOrEqual(15);
    expect(Buffer.from(salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(hash, 'base64')).toHaveLength(64);
    expect(hashPassword('korrekt häst batteri')).not.toBe(hashPassword('korrekt häst batteri'));
  });

  it('still verifies a hash made with other parameters (the cost can be raised later)', async () => {
    const [, , , , salt] = hashPassword('x').split('$');
    const { scryptSync } = await import('node:crypto');
    const older = ['scrypt', 14, 8, 1, salt, scryptSync('ett äldre lösenord', Buffer.from(salt, 'base64'), 32, { N: 2 ** 14, r: 8, p: 1 }).toString('base64')].join('$');
    expect(await verifyPassword('ett äldre lösenord', older)).toBe(true);
    expect(await verifyPassword('ett annat lösenord', older)).toBe(false);
  });

  it('the decoy for unknown logins costs what a real hash costs', () => {
    expect(DECOY_HASH.split('$').slice(0, 4)).toEqual(hashPassword('x').split('$').slice(0, 4));
  });

  it('treats a damaged stored hash as no match', async () => {
    expect(await verifyPassword('vad som helst', 'bcrypt$abc')).toBe(false);
    expect(await verifyPassword('vad som helst', 'scrypt$99$8$1$AA==$AA==')).toBe(false);
  });
});

describe('the password rule', () => {
  it('refuses a short password, the login itself, one repeated character and a well-known one', () => {
    expect(passwordProblem('kort lösen', 'anna')).toBe('måste ha minst 12 tecken.');
    expect(passwordProblem('Anna.Berg@kommun.se', 'anna.berg@kommun.se')).toBe('får inte vara samma som inloggningsnamnet.');
    expect(passwordProblem('aaaaaaaaaaaaaaa', 'anna')).toBe('får inte bestå av ett och samma tecken.');
    expect(passwordProblem('Lösenord1234', 'anna')).toBe('är ett av de vanligaste lösenorden. Välj ett annat.');
    expect(passwordProblem('blå cykel i regnet', 'anna')).toBeNull();
  });

  it('counts characters, not UTF-16 units', () => {
    // Eleven characters, twelve UTF-16 units: one emoji is two units.
    expect(passwordProblem('åäöåäöåäöå😀', 'anna')).toBe('måste ha minst 12 tecken.');
    expect(passwordProblem('åäöåäöåäöåä😀', 'anna')).toBeNull();
  });
});
