import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { jobThread, runCall } from '../../../electron/services/api/runCall';
import type { Session } from '../../../electron/services/api/session';
import type { Caller } from '@shared/domain/users';
import { withDemoPlan } from '../../helpers/planFile';
import { fixtureFile } from '../../helpers/sampleInputs';
import { TODAY } from '../../helpers/today';

/** A server write is made by the signed-in person: the change log names them and the undo entry is theirs, also from the job thread. */
afterAll(() => jobThread.stop());

const strateg: Caller = { userId: 7, name: 'Anna Lind', role: 'admin', bodyIds: [] };
const lasare: Caller = { userId: 8, name: 'Per Läsare', role: 'lasare', bodyIds: [] };

function demo(caller: Caller): { session: Session; db: import('better-sqlite3').Database } {
  const { session, file } = withDemoPlan();
  return { session: { ...session, caller }, db: file.db };
}

describe('the caller in the change log and the undo journal', () => {
  it('names the signed-in person on every change-log row of their write, never the operating system user', async () => {
    const { session, db } = demo(strateg);
    const before = (db.prepare('SELECT MAX(id) AS id FROM change_log').get() as { id: number }).id;
    expect(await dispatch(session, 'updateAction', { id: 1, patch: { title: 'Ny rubrik', deadline: '2030-01-01' } })).toMatchObject({ ok: true });
    const rows = db.prepare('SELECT user FROM change_log WHERE id > ?').all(before) as { user: string }[];
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((row) => row.user === 'Anna Lind')).toBe(true);
    expect(db.prepare('SELECT user, host FROM undo_entry ORDER BY id DESC LIMIT 1').get()).toEqual({ user: 'Anna Lind', host: 'konto 7' });
  });

  it('leaves the session as it was on the desktop: the file session’s user', async () => {
    const { session, file } = withDemoPlan();
    await dispatch(session, 'updateAction', { id: 1, patch: { title: 'Ny rubrik' } });
    expect(file.db.prepare('SELECT user FROM change_log ORDER BY id DESC LIMIT 1').get()).toEqual({ user: session.ctx.user });
  });

  it('an import in the job thread is logged with the caller too', async () => {
    const { session, db } = demo(strateg);
    const before = (db.prepare('SELECT MAX(id) AS id FROM change_log').get() as { id: number }).id;
    const result = await runCall(session, 'commitPlanImport', {
      file: fixtureFile('tests/fixtures/import/plan-libreoffice.xlsx'), target: { kind: 'new', name: 'Importerad plan' }, statusDate: TODAY,
      bodyChoices: [{ name: 'Socialnamnden', bodyId: null }],
    });
    expect(result).toMatchObject({ ok: true });
    const users = db.prepare('SELECT DISTINCT user FROM change_log WHERE id > ?').all(before);
    expect(users).toEqual([{ user: 'Anna Lind' }]);
  });

  it('the job thread checks the role as dispatch does: a läsare’s import is refused and nothing is written', async () => {
    const { session, db } = demo(lasare);
    const count = () => (db.prepare('SELECT COUNT(*) AS n FROM change_log').get() as { n: number }).n;
    const before = count();
    const result = await runCall(session, 'commitPlanImport', {
      file: fixtureFile('tests/fixtures/import/plan-libreoffice.xlsx'), target: { kind: 'new', name: 'Importerad plan' }, statusDate: TODAY,
    });
    expect(result).toEqual({ ok: false, error: { kind: 'unauthorized', message: 'Som läsare kan du inte ändra planen. Inget har ändrats.' } });
    expect(count()).toBe(before);
  });
});
