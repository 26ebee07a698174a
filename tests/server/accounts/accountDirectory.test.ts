import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import type { Caller, UserAccount } from '@shared/domain/users';
import { openAccountStore, type AccountStore, type AccountStoreOptions } from '../../../electron/server/accounts/accountStore';
import { tempDir } from '../../helpers/planFile';

const PASSWORD = 'blå cykel i regnet';
const opened: AccountStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

function setUp(options: AccountStoreOptions = {}) {
  const store = openAccountStore(join(tempDir(), 'konton.sqlite'), options);
  opened.push(store);
  const anna = store.addUser({ name: 'Anna Berg', login: 'anna', role: 'admin', password: PASSWORD });
  const as = (account: UserAccount): Caller => store.callerFor(account.id)!;
  return { store, directory: store.directory(), anna, as };
}

/** The refusal a save throws, with its field problems. */
function refusal(save: () => unknown): { kind: string; message: string; fields: string[] } {
  try {
    save();
  } catch (error) {
    if (error instanceof AppError) return { kind: error.kind, message: error.message, fields: error.problems.map((p) => p.field) };
    throw error;
  }
  throw new Error('the save was not refused');
}

const newAccount = { name: 'Bertil Ek', login: 'bertil', role: 'lasare', bodyIds: [], active: true, password: PASSWORD } as const;

describe('account directory: the user administration', () => {
  it('creates, lists and changes accounts', () => {
    const { store, directory, anna, as } = setUp();
    const bertil = directory.save({ ...newAccount, bodyIds: [] }, as(anna));
    expect(bertil).toEqual({ id: bertil.id, name: 'Bertil Ek', login: 'bertil', role: 'lasare', bodyIds: [], active: true, lastSignIn: null });
    const changed = directory.save({ ...bertil, role: 'rapportor', bodyIds: [4, 2, 4] }, as(anna));
    expect(changed).toMatchObject({ role: 'rapportor', bodyIds: [2, 4] });
    expect(directory.list().map((a) => a.login)).toEqual(['anna', 'bertil']);
    expect(store.list()).toEqual(directory.list());
  });

  it('refuses a login another account has, in any case', () => {
    const { directory, anna, as } = setUp();
    expect(refusal(() => directory.save({ ...newAccount, bodyIds: [], login: ' ANNA ' }, as(anna)))).toEqual({
      kind: 'validation', fields: ['login'], message: 'Inloggningsnamn: ”ANNA” används redan av ett annat konto. Inget har sparats.',
    });
    expect(directory.list()).toHaveLength(1);
  });

  it('refuses a rapportör without nämnder, and nämnder the plan file does not have', () => {
    const { directory, anna, as } = setUp({ knownBodyIds: () => [1, 2, 3] });
    expect(refusal(() => directory.save({ ...newAccount, role: 'rapportor', bodyIds: [] }, as(anna))).message)
      .toBe('Nämnder: en rapportör behöver minst en nämnd. Inget har sparats.');
    expect(refusal(() => directory.save({ ...newAccount, role: 'rapportor', bodyIds: [2, 7] }, as(anna))).message)
      .toBe('Nämnder: nämnden med id 7 finns inte i planfilen. Inget har sparats.');
    expect(directory.list()).toHaveLength(1);
  });

  it('an administrator may neither remove their own admin role nor deactivate themselves', () => {
    const { directory, anna, as } = setUp();
    directory.save({ ...newAccount, bodyIds: [], role: 'admin' }, as(anna));
    expect(refusal(() => directory.save({ ...anna, role: 'lasare' }, as(anna)))).toEqual({
      kind: 'validation', fields: ['role'], message: 'Roll: du kan inte ta bort din egen administratörsroll. Inget har sparats.',
    });
    expect(refusal(() => directory.save({ ...anna, active: false }, as(anna))).message)
      .toBe('Aktiv: du kan inte inaktivera ditt eget konto. Inget har sparats.');
    expect(directory.list().find((a) => a.id === anna.id)).toMatchObject({ role: 'admin', active: true });
  });

  it('one administrator may demote another, as long as one active administrator is left', () => {
    const { store, directory, anna, as } = setUp();
    const bertil = directory.save({ ...newAccount, bodyIds: [], role: 'admin' }, as(anna));
    expect(directory.save({ ...bertil, role: 'lasare' }, as(anna)).role).toBe('lasare');
    // The `user` command names no administrator: it still leaves one.
    expect(refusal(() => store.setActive('anna', false)).message)
      .toBe('Det måste finnas minst en aktiv administratör. Lägg till en annan administratör först. Inget har sparats.');
    expect(store.hasAdmin()).toBe(true);
  });

  it('a new local account needs a password that passes the rule; an identity-provider server needs none', () => {
    const { directory, anna, as } = setUp();
    const { password: _none, ...withoutPassword } = newAccount;
    expect(refusal(() => directory.save({ ...withoutPassword, bodyIds: [] }, as(anna))))
      .toEqual({ kind: 'validation', fields: ['password'], message: 'Lösenord: ett nytt konto behöver ett lösenord. Inget har sparats.' });
    expect(refusal(() => directory.save({ ...newAccount, bodyIds: [], password: 'för kort' }, as(anna))).message)
      .toBe('Lösenord: måste ha minst 12 tecken. Inget har sparats.');
    expect(refusal(() => directory.save({ ...newAccount, bodyIds: [], password: 'bbbbbbbbbbbbbbbb' }, as(anna))).message)
      .toBe('Lösenord: får inte bestå av ett och samma tecken. Inget har sparats.');
    expect(directory.list()).toHaveLength(1);

    const oidc = setUp({ authMode: 'oidc' });
    expect(oidc.directory.save({ ...withoutPassword, bodyIds: [], login: 'bertil@kommun.se' }, oidc.as(oidc.anna)).login).toBe('bertil@kommun.se');
  });

  it('names every problem of a save at once', () => {
    const { directory, anna, as } = setUp();
    expect(refusal(() => directory.save({ ...newAccount, login: 'Anna', role: 'rapportor', bodyIds: [], password: 'kort' }, as(anna))).fields)
      .toEqual(['login', 'bodyIds', 'password']);
  });

  it('resets a password, and the old one stops working', async () => {
    const { store } = setUp();
    store.resetPassword('anna', 'grön båt på sjön');
    expect((await store.signInWithPassword('anna', PASSWORD, '192.0.2.1')).ok).toBe(false);
    expect((await store.signInWithPassword('anna', 'grön båt på sjön', '192.0.2.1')).ok).toBe(true);
    expect(refusal(() => store.resetPassword('anna', 'anna')).message).toBe('Lösenord: måste ha minst 12 tecken. Inget har sparats.');
    expect(refusal(() => store.resetPassword('finns-inte', 'grön båt på sjön')).kind).toBe('not_found');
  });

  it('addUser checks its input as the contract does, naming the field', () => {
    const { store } = setUp();
    expect(refusal(() => store.addUser({ name: '  ', login: 'cecilia', role: 'lasare', password: PASSWORD }))).toMatchObject({
      kind: 'validation', fields: ['name'],
    });
    expect(refusal(() => store.addUser({ name: '  ', login: 'cecilia', role: 'lasare', password: PASSWORD })).message).toBe('Namn: måste fyllas i. Inget har sparats.');
    expect(store.list()).toHaveLength(1);
  });
});
