import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import type { Session } from '../../../electron/services/api/session';
import { createContext } from '../../../electron/services/context';
import type { Action, StatusReport, UndoState } from '@shared/domain/types';
import type { Caller } from '@shared/domain/users';
import type { Result } from '@shared/errors';
import { contentHash } from '../../helpers/dbContent';
import { sessionFor, withDemoPlan } from '../../helpers/planFile';
import { TODAY } from '../../helpers/today';

/** Server mode: Ctrl+Z undoes the caller's own newest change, never someone else's (issue 17). */
const anna: Caller = { userId: 1, name: 'Anna Lind', role: 'admin', bodyIds: [] };
const bo: Caller = { userId: 2, name: 'Bo Berg', role: 'admin', bodyIds: [] };

function twoPeople() {
  const { file } = withDemoPlan();
  const session = (caller: Caller, time: string): Session =>
    ({ ...sessionFor(file, createContext(file.db, 'os-user', () => new Date(`${TODAY}T${time}`), 'server', TODAY)), caller });
  return { a: session(anna, '10:40:00'), b: session(bo, '10:42:00'), db: file.db };
}

async function value<T>(result: Promise<Result<unknown>>): Promise<T> {
  const answer = await result;
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as T;
}

const title = async (s: Session, id: number) => (await value<Action>(dispatch(s, 'getAction', { id }))).title;

describe('undo per person', () => {
  it('reverses the caller’s own newest change even when someone else wrote later, and leaves theirs', async () => {
    const { a, b } = twoPeople();
    const original = await title(a, 1);
    await value(dispatch(a, 'updateAction', { id: 1, patch: { title: 'Annas rubrik' } }));
    await value(dispatch(b, 'updateAction', { id: 2, patch: { title: 'Bos rubrik' } }));
    expect(await value<UndoState>(dispatch(a, 'getUndoState', {}))).toMatchObject({ at: new Date(`${TODAY}T10:40:00`).toISOString() });
    expect(await dispatch(a, 'undoLastChange', {})).toMatchObject({ ok: true });
    expect(await title(a, 1)).toBe(original);
    expect(await title(a, 2)).toBe('Bos rubrik');
    expect(await dispatch(a, 'undoLastChange', {})).toEqual({ ok: false, error: { kind: 'conflict', message: 'Du har inget att ångra.' } });
    // Bo's own change is still his to undo.
    expect(await dispatch(b, 'undoLastChange', {})).toMatchObject({ ok: true });
  });

  it('getUndoState shows each person their own newest change', async () => {
    const { a, b } = twoPeople();
    await value(dispatch(a, 'updateAction', { id: 1, patch: { title: 'Annas rubrik' } }));
    expect(await value(dispatch(a, 'getUndoState', {}))).toMatchObject({ at: new Date(`${TODAY}T10:40:00`).toISOString() });
    expect(await value(dispatch(b, 'getUndoState', {}))).toBeNull();
  });

  it('refuses when someone else changed the same row later, naming them, and changes nothing', async () => {
    const { a, b, db } = twoPeople();
    await value(dispatch(a, 'updateAction', { id: 1, patch: { title: 'Annas rubrik' } }));
    await value(dispatch(b, 'updateAction', { id: 1, patch: { description: 'Bos beskrivning.' } }));
    const before = contentHash(db);
    const refused = await dispatch(a, 'undoLastChange', {});
    expect(refused).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    if (refused.ok) return;
    expect(refused.error.message).toMatch(/ändrades efter dig av Bo Berg 10:42\. Ångra skulle skriva över deras ändring\. Inget har ändrats\.$/);
    expect(contentHash(db)).toBe(before);
  });

  it('refuses undoing a creation that someone else’s later row hangs on (a status report on a new åtgärd)', async () => {
    const { a, b, db } = twoPeople();
    const created = await value<Action>(dispatch(a, 'createAction', { areaId: 1, title: 'Ny åtgärd', responsible: [{ bodyId: 1, role: 'huvudansvarig' }] }));
    const report = await value<StatusReport>(dispatch(b, 'createStatusReport', { actionId: created.id, reportedOn: TODAY, status: 'pagaende' }));
    const before = contentHash(db);
    expect(await dispatch(a, 'undoLastChange', {})).toMatchObject({ ok: false, error: { kind: 'conflict', message: expect.stringContaining('av Bo Berg') } });
    expect(contentHash(db)).toBe(before);
    expect(db.prepare('SELECT id FROM status_report WHERE id = ?').get(report.id)).toEqual({ id: report.id });
  });

  it('keeps each person’s own steps while others write many more', async () => {
    const { a, b } = twoPeople();
    const original = await title(a, 1);
    await value(dispatch(a, 'updateAction', { id: 1, patch: { title: 'Annas rubrik' } }));
    for (let n = 0; n < 120; n++) await value(dispatch(b, 'updateAction', { id: 2, patch: { title: `Bos rubrik ${n}` } }));
    expect(await dispatch(a, 'undoLastChange', {})).toMatchObject({ ok: true });
    expect(await title(a, 1)).toBe(original);
  });

  it('names the caller on the change-log rows of the undo', async () => {
    const { a, db } = twoPeople();
    await value(dispatch(a, 'updateAction', { id: 1, patch: { title: 'Annas rubrik' } }));
    const last = (db.prepare('SELECT MAX(id) AS id FROM change_log').get() as { id: number }).id;
    await value(dispatch(a, 'undoLastChange', {}));
    expect(db.prepare('SELECT DISTINCT user FROM change_log WHERE id > ?').all(last)).toEqual([{ user: 'Anna Lind' }]);
  });
});
