import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import type { Session } from '../../../electron/services/api/handlers';
import { createContext } from '../../../electron/services/context';
import { sessionFor, withDemoPlan } from '../../helpers/planFile';

/** The same plan file as another person, or the same person on another computer, would write it. */
function writer(session: Session, user: string, host: string): Session {
  const file = { db: session.ctx.db, path: 'delad.planfil', readOnly: false, backupPath: null };
  return sessionFor(file, createContext(session.ctx.db, user, () => new Date('2026-11-26T09:50:00Z'), host));
}

async function addBody(session: Session, name: string): Promise<void> {
  const result = await dispatch(session, 'createBody', { name, kind: 'namnd' });
  if (!result.ok) throw new Error(result.error.message);
}

const bodyNames = (session: Session) => (session.ctx.db.prepare('SELECT name FROM body ORDER BY id').all() as { name: string }[]).map((r) => r.name);

describe('undo never crosses writers', () => {
  it('refuses to reverse a change another person made, says whose it is, and changes nothing', async () => {
    const { session } = withDemoPlan();
    const anna = writer(session, 'anna', 'KOMMUN-PC-12');
    const bo = writer(session, 'bo', 'KOMMUN-PC-7');
    await addBody(anna, 'Annas nämnd');
    await addBody(bo, 'Bos nämnd');
    const before = bodyNames(session);

    const refused = await dispatch(anna, 'undoLastChange', {});
    expect(refused).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    const message = (refused as { error: { message: string } }).error.message;
    expect(message).toMatch(/^Den senaste ändringen i planfilen, ”Ny nämnd” 2026-11-26 \d\d:50, gjordes av bo på datorn KOMMUN-PC-7\./);
    expect(message).toMatch(/Ångra ångrar bara ändringar som du själv har gjort på den här datorn.*Inget har ändrats\.$/);
    expect(bodyNames(session)).toEqual(before);

    expect(await dispatch(bo, 'undoLastChange', {})).toMatchObject({ ok: true, value: { label: 'Ny nämnd' } });
    expect(bodyNames(session)).not.toContain('Bos nämnd');
    expect(await dispatch(anna, 'undoLastChange', {})).toMatchObject({ ok: true });
    expect(bodyNames(session)).not.toContain('Annas nämnd');
  });

  it('refuses the same person on another computer: the other session may still be open', async () => {
    const { session } = withDemoPlan();
    await addBody(writer(session, 'anna', 'LAPTOP'), 'Från laptopen');
    expect(await dispatch(writer(session, 'anna', 'KONTORET'), 'undoLastChange', {})).toMatchObject({ ok: false, error: { message: expect.stringMatching(/gjordes av anna på datorn LAPTOP/) } });
  });

  it('lets a person undo their own change from an earlier session, and an entry from before computers were recorded', async () => {
    const { session } = withDemoPlan();
    await addBody(writer(session, 'anna', 'KOMMUN-PC-12'), 'I går');
    expect(await dispatch(writer(session, 'anna', 'KOMMUN-PC-12'), 'undoLastChange', {})).toMatchObject({ ok: true });
    await addBody(writer(session, 'anna', 'KOMMUN-PC-12'), 'Före uppgraderingen');
    session.ctx.db.exec('UPDATE undo_entry SET host = NULL');
    expect(await dispatch(writer(session, 'anna', 'ANNAN-DATOR'), 'undoLastChange', {})).toMatchObject({ ok: true });
  });
});
