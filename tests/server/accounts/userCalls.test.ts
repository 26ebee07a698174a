import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { UserAccount } from '@shared/domain/users';
import { openAccountStore, type AccountStore } from '../../../electron/server/accounts/accountStore';
import { dispatch } from '../../../electron/services/api/dispatch';
import { listBodies } from '../../../electron/services/plan/bodies';
import { tempDir, withDemoPlan } from '../../helpers/planFile';

const PASSWORD = 'blå cykel i regnet';
const opened: AccountStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

/** The demo plan file in a server session: the administrator Anna signed in, the store's directory behind the user calls. */
function serverSession() {
  const demo = withDemoPlan();
  const bodies = listBodies(demo.ctx);
  const store = openAccountStore(join(tempDir(), 'konton.sqlite'), { knownBodyIds: () => bodies.map((b) => b.id) });
  opened.push(store);
  const anna = store.addUser({ name: 'Anna Berg', login: 'anna', role: 'admin', password: PASSWORD });
  const session = { ...demo.session, caller: store.callerFor(anna.id)!, accounts: store.directory() };
  return { store, session, anna, bodies };
}

describe('listUsers and saveUser over the account store', () => {
  it('an administrator adds a rapportör for a nämnd of the plan file and sees it listed, never with a hash', async () => {
    const { store, session, bodies } = serverSession();
    const social = bodies.find((b) => b.name === 'Socialnämnden')!;
    const saved = await dispatch(session, 'saveUser', { name: 'Bertil Ek', login: 'bertil', role: 'rapportor', bodyIds: [social.id], password: PASSWORD });
    expect(saved).toMatchObject({ ok: true, value: { login: 'bertil', role: 'rapportor', bodyIds: [social.id], active: true } });
    const listed = await dispatch(session, 'listUsers', {});
    expect(listed.ok && (listed.value as UserAccount[]).map((a) => a.login)).toEqual(['anna', 'bertil']);
    expect(JSON.stringify(listed)).not.toMatch(/scrypt|password/);
    expect((await store.signInWithPassword('bertil', PASSWORD, '192.0.2.1')).ok).toBe(true);
  });

  it('refuses in Swedish, naming the field, and changes nothing: own role, an unknown nämnd', async () => {
    const { store, session, anna } = serverSession();
    const own = await dispatch(session, 'saveUser', { id: anna.id, name: anna.name, login: anna.login, role: 'lasare', bodyIds: [], active: true });
    expect(own).toEqual({ ok: false, error: {
      kind: 'validation', message: 'Roll: du kan inte ta bort din egen administratörsroll. Inget har sparats.',
      problems: [{ field: 'role', message: 'Roll: du kan inte ta bort din egen administratörsroll.' }],
    } });
    const unknownBody = await dispatch(session, 'saveUser', { name: 'Cecilia', login: 'cecilia', role: 'rapportor', bodyIds: [9999], password: PASSWORD });
    expect(unknownBody).toMatchObject({ ok: false, error: { kind: 'validation', message: 'Nämnder: nämnden med id 9999 finns inte i planfilen. Inget har sparats.' } });
    expect(store.list().map((a) => ({ login: a.login, role: a.role }))).toEqual([{ login: 'anna', role: 'admin' }]);
  });

  it('an empty password field on a change keeps the password', async () => {
    const { store, session } = serverSession();
    const created = await dispatch(session, 'saveUser', { name: 'David Lund', login: 'david', role: 'lasare', password: PASSWORD });
    const david = (created as { ok: true; value: UserAccount }).value;
    const { lastSignIn: _shownOnly, ...fields } = david;
    const renamed = await dispatch(session, 'saveUser', { ...fields, name: 'David Lund Ek', password: '' });
    expect(renamed).toMatchObject({ ok: true, value: { name: 'David Lund Ek' } });
    expect((await store.signInWithPassword('david', PASSWORD, '192.0.2.1')).ok).toBe(true);
  });
});
