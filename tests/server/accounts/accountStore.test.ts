import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAccountStore, type AccountStore } from '../../../electron/server/accounts/accountStore';
import { LOCKOUT_MS, LOCKED_MESSAGE, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP, NO_ACCOUNT_MESSAGE, WRONG_SIGN_IN_MESSAGE } from '../../../electron/server/accounts/signInRules';
import { tempDir } from '../../helpers/planFile';

const PASSWORD = 'blå cykel i regnet';
const IP = '192.0.2.10';

/** A clock the test moves by hand. */
function testClock(start = '2026-11-26T09:00:00Z') {
  let now = new Date(start).getTime();
  return { clock: () => new Date(now), advance: (ms: number) => { now += ms; } };
}

const opened: AccountStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

function open(path: string, clock: () => Date): AccountStore {
  const store = openAccountStore(path, { clock });
  opened.push(store);
  return store;
}

function newStore() {
  const time = testClock();
  const path = join(tempDir(), 'plan.planfil.konton.sqlite');
  const store = open(path, time.clock);
  const admin = store.addUser({ name: 'Anna Berg', login: 'anna', role: 'admin', password: PASSWORD });
  return { store, admin, path, ...time };
}

describe('account store: local sign-in', () => {
  it('signs in with the right password, naming the caller and the time', async () => {
    const { store, admin } = newStore();
    const result = await store.signInWithPassword('Anna', PASSWORD, IP);
    expect(result).toEqual({ ok: true, caller: { userId: admin.id, name: 'Anna Berg', role: 'admin', bodyIds: [] } });
    expect(store.directory().list()[0].lastSignIn).toBe('2026-11-26T09:00:00.000Z');
  });

  it('answers a wrong password and an unknown login with the same message', async () => {
    const { store } = newStore();
    const wrong = await store.signInWithPassword('anna', 'fel lösenord helt', IP);
    const unknown = await store.signInWithPassword('bertil', PASSWORD, IP);
    expect(wrong).toEqual({ ok: false, reason: 'wrong', message: WRONG_SIGN_IN_MESSAGE });
    expect(unknown).toEqual(wrong);
    expect(WRONG_SIGN_IN_MESSAGE).toBe('Fel inloggningsnamn eller lösenord.');
  });

  it(`locks a login after ${MAX_FAILURES_PER_ACCOUNT} failures, with the same message for an unknown login, until ${LOCKOUT_MS / 60_000} minutes have passed`, async () => {
    const { store, advance } = newStore();
    for (const login of ['anna', 'okänd']) {
      for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i += 1) {
        expect((await store.signInWithPassword(login, `fel lösenord ${i}xx`, `198.51.100.${i}`)).ok).toBe(false);
      }
    }
    const locked = await store.signInWithPassword('anna', PASSWORD, '203.0.113.1');
    expect(locked).toEqual({ ok: false, reason: 'locked', message: LOCKED_MESSAGE });
    expect(await store.signInWithPassword('okänd', PASSWORD, '203.0.113.1')).toEqual(locked);
    expect(LOCKED_MESSAGE).toBe('För många försök. Vänta 15 minuter och försök igen.');

    advance(LOCKOUT_MS - 1_000);
    expect((await store.signInWithPassword('anna', PASSWORD, '203.0.113.1')).ok).toBe(false);
    advance(1_000);
    expect((await store.signInWithPassword('anna', PASSWORD, '203.0.113.1')).ok).toBe(true);
  });

  it('does not lock a login for failures spread wider than the window', async () => {
    const { store, advance } = newStore();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT * 2; i += 1) {
      await store.signInWithPassword('anna', 'fel lösenord igen', IP);
      advance(4 * 60_000);
    }
    expect((await store.signInWithPassword('anna', PASSWORD, IP)).ok).toBe(true);
  });

  it('a right password ends the run of failures on that login', async () => {
    const { store } = newStore();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i += 1) await store.signInWithPassword('anna', 'fel lösenord igen', IP);
    expect((await store.signInWithPassword('anna', PASSWORD, IP)).ok).toBe(true);
    await store.signInWithPassword('anna', 'fel lösenord igen', IP);
    expect((await store.signInWithPassword('anna', PASSWORD, IP)).ok).toBe(true);
  });

  it(`locks an address after ${MAX_FAILURES_PER_IP} failures over many logins, for every login from it, and not other addresses`, async () => {
    const { store } = newStore();
    for (let i = 0; i < MAX_FAILURES_PER_IP; i += 1) await store.signInWithPassword(`gissning${i}`, 'fel lösenord igen', IP);
    expect(await store.signInWithPassword('anna', PASSWORD, IP)).toEqual({ ok: false, reason: 'locked', message: LOCKED_MESSAGE });
    expect((await store.signInWithPassword('anna', PASSWORD, '192.0.2.11')).ok).toBe(true);
  });

  it('gives a burst of parallel guesses no more tries than the limit', async () => {
    const { store } = newStore();
    const answers = await Promise.all(Array.from({ length: 3 * MAX_FAILURES_PER_ACCOUNT }, (_, i) => store.signInWithPassword('anna', `gissning nummer ${i}`, `198.51.100.${i}`)));
    expect(answers.filter((a) => !a.ok && a.reason === 'wrong')).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    expect(answers.filter((a) => !a.ok && a.reason === 'locked')).toHaveLength(2 * MAX_FAILURES_PER_ACCOUNT);
    expect(await store.signInWithPassword('anna', PASSWORD, IP)).toMatchObject({ ok: false, reason: 'locked' });
  });

  it('keeps a lockout when the store is closed and opened again', async () => {
    const { store, path, clock, advance } = newStore();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i += 1) await store.signInWithPassword('anna', 'fel lösenord igen', IP);
    store.close();
    opened.splice(0);
    const again = open(path, clock);
    expect(await again.signInWithPassword('anna', PASSWORD, IP)).toMatchObject({ ok: false, reason: 'locked' });
    advance(LOCKOUT_MS);
    expect((await again.signInWithPassword('anna', PASSWORD, IP)).ok).toBe(true);
  });

  it('refuses a deactivated account even with the right password, and callerFor ends its access at once', async () => {
    const { store, admin } = newStore();
    const bertil = store.addUser({ name: 'Bertil Ek', login: 'bertil', role: 'lasare', password: PASSWORD });
    expect(store.callerFor(bertil.id)).toEqual({ userId: bertil.id, name: 'Bertil Ek', role: 'lasare', bodyIds: [] });
    store.directory().save({ ...bertil, active: false }, store.callerFor(admin.id)!);
    expect(store.callerFor(bertil.id)).toBeNull();
    expect(await store.signInWithPassword('bertil', PASSWORD, IP)).toMatchObject({ ok: false, reason: 'inactive' });
    expect(await store.signInWithPassword('bertil', 'fel lösenord igen', IP)).toMatchObject({ ok: false, reason: 'wrong' });
  });

  it('reads a changed role at the next call', () => {
    const { store, admin } = newStore();
    const bertil = store.addUser({ name: 'Bertil Ek', login: 'bertil', role: 'rapportor', bodyIds: [3, 1], password: PASSWORD });
    expect(store.callerFor(bertil.id)?.bodyIds).toEqual([1, 3]);
    store.directory().save({ ...bertil, role: 'lasare' }, store.callerFor(admin.id)!);
    expect(store.callerFor(bertil.id)).toMatchObject({ role: 'lasare', bodyIds: [] });
    expect(store.callerFor(9999)).toBeNull();
  });

  it('stores only a scrypt hash, never the password', () => {
    const { store, path } = newStore();
    store.close();
    opened.splice(0);
    const db = new Database(path, { readonly: true });
    const hashes = db.prepare('SELECT password_hash FROM account').pluck().all() as string[];
    db.close();
    expect(hashes).toHaveLength(1);
    expect(hashes[0]).toMatch(/^scrypt\$15\$8\$1\$/);
    expect(hashes[0]).not.toContain(PASSWORD);
  });
});

describe('account store: OpenID Connect identities', () => {
  it('signs in the account whose login is the e-mail, in any case', () => {
    const { store } = newStore();
    const cecilia = store.addUser({ name: 'Cecilia Holm', login: 'cecilia.holm@östra.se', role: 'lasare' });
    const result = store.signInWithIdentity({ subject: 'abc', email: 'Cecilia.Holm@ÖSTRA.se', name: 'C. Holm' }, IP);
    expect(result).toEqual({ ok: true, caller: { userId: cecilia.id, name: 'Cecilia Holm', role: 'lasare', bodyIds: [] } });
  });

  it('refuses an unknown or inactive person, or one without an e-mail, with the same message', () => {
    const { store, admin } = newStore();
    const david = store.addUser({ name: 'David Lund', login: 'david@kommun.se', role: 'lasare' });
    store.directory().save({ ...david, active: false }, store.callerFor(admin.id)!);
    const refused = { ok: false, message: NO_ACCOUNT_MESSAGE };
    expect(store.signInWithIdentity({ subject: 'x', email: 'okand@kommun.se', name: null }, IP)).toMatchObject({ ...refused, reason: 'unknown' });
    expect(store.signInWithIdentity({ subject: 'x', email: null, name: 'Någon' }, IP)).toMatchObject({ ...refused, reason: 'unknown' });
    expect(store.signInWithIdentity({ subject: 'y', email: 'david@kommun.se', name: null }, IP)).toMatchObject({ ...refused, reason: 'inactive' });
  });
});

describe('account store: the file', () => {
  it('refuses a file that is not an accounts file and leaves it unchanged', () => {
    const path = join(tempDir(), 'annan.sqlite');
    const other = new Database(path);
    other.exec('CREATE TABLE t (x); PRAGMA application_id = 1234;');
    other.close();
    expect(() => openAccountStore(path)).toThrow(/Kontofilen ”annan.sqlite” kan inte öppnas: det är inte en kontofil för Planuppföljning/);
    const again = new Database(path, { readonly: true });
    expect(again.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()).toEqual(['t']);
    again.close();
  });

  it('refuses an accounts file from a newer version, and a folder that is not there', () => {
    const path = join(tempDir(), 'konton.sqlite');
    openAccountStore(path).close();
    const db = new Database(path);
    db.pragma('user_version = 99');
    db.close();
    expect(() => openAccountStore(path)).toThrow('Kontofilen ”konton.sqlite” kan inte öppnas: den är skapad av en nyare version av Planuppföljning. Uppdatera programmet. Inget har ändrats.');
    expect(() => openAccountStore(join(tempDir(), 'saknas', 'konton.sqlite'))).toThrow(/^Kontofilen ”konton.sqlite” kan inte öppnas: mappen ”.*saknas” finns inte eller går inte att skriva i\./);
  });

  it('knows whether an administrator exists', () => {
    const store = open(join(tempDir(), 'konton.sqlite'), () => new Date());
    expect(store.hasAdmin()).toBe(false);
    store.addUser({ name: 'Eva Ström', login: 'eva', role: 'lasare', password: PASSWORD });
    expect(store.hasAdmin()).toBe(false);
    store.addUser({ name: 'Anna Berg', login: 'anna', role: 'admin', password: PASSWORD });
    expect(store.hasAdmin()).toBe(true);
  });
});
