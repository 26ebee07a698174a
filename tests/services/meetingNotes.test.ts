import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/api/dispatch';
import type { Session } from '../../electron/services/api/handlers';
import { migrate, schemaVersion } from '../../electron/services/db/migrations';
import type { CallName } from '@shared/api/contract';
import type { MeetingNote } from '@shared/domain/dashboard';
import type { ActionStatusRow, Area, ChangeEntry } from '@shared/domain/types';
import { changeLabel } from '@shared/changeLabels';
import { demoPlan } from '../../electron/services/demo/loadDemoPlan';
import { TODAY, withDemoPlan } from '../helpers/planFile';

async function call<T = any>(session: Session, name: CallName, input: unknown = {}): Promise<T> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const result = await dispatch(session, name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}

async function refusal(session: Session, name: CallName, input: unknown): Promise<string> {
  const result = await dispatch(session, name, input);
  if (result.ok) throw new Error(`${name} was accepted`);
  return result.error.message;
}

const MEETING = { meetingDate: TODAY, meetingName: 'Jämställdhetsdelegationen 2026-11-26', protocolRef: '§ 12' };

async function demo() {
  const demo = withDemoPlan();
  const actions = await call<ActionStatusRow[]>(demo.session, 'listActions', { planId: 1 });
  const areas = await call<Area[]>(demo.session, 'listAreas', { planId: 1 });
  return { ...demo, actions, areas };
}

function notes(db: Database.Database): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM meeting_note').get() as { n: number }).n;
}

describe('meeting notes (mötesanteckningar)', () => {
  it('are stored about the plan, an område or an åtgärd, and listed newest meeting first', async () => {
    const { session, actions, areas } = await demo();
    const action = actions[2];
    const onAction = await call<MeetingNote>(session, 'createMeetingNote', { planId: 1, actionId: action.id, ...MEETING, note: 'Delegationen vill se en tidplan.' });
    expect(onAction).toMatchObject({
      planId: 1, actionId: action.id, areaId: null, meetingName: MEETING.meetingName, protocolRef: '§ 12', createdBy: 'testare',
      subject: `${action.number} ${action.title}`, note: 'Delegationen vill se en tidplan.',
    });
    const onArea = await call<MeetingNote>(session, 'createMeetingNote', { planId: 1, areaId: areas[1].id, ...MEETING, meetingDate: '2026-05-20', note: 'Området prioriteras.' });
    expect(onArea.subject).toBe(areas[1].name);
    const onPlan = await call<MeetingNote>(session, 'createMeetingNote', { planId: 1, ...MEETING, meetingDate: '2026-09-01', note: 'Planen revideras 2027.' });
    expect(onPlan.subject).toBe(demoPlan.plan.name);

    expect((await call<MeetingNote[]>(session, 'listMeetingNotes', { planId: 1 })).map((n) => n.id)).toEqual([onAction.id, onPlan.id, onArea.id]);
    expect((await call<MeetingNote[]>(session, 'listMeetingNotes', { actionId: action.id })).map((n) => n.id)).toEqual([onAction.id]);
    expect((await call<MeetingNote[]>(session, 'listMeetingNotes', { areaId: areas[1].id })).map((n) => n.id)).toEqual([onArea.id]);
  });

  it('refuses, in Swedish and naming the field, what does not belong to the plan or is missing', async () => {
    const { session, actions, areas } = await demo();
    const other = await call<{ id: number }>(session, 'createPlan', { name: 'Annan plan' });
    expect(await refusal(session, 'createMeetingNote', { planId: other.id, actionId: actions[0].id, ...MEETING, note: 'x' }))
      .toBe(`Åtgärden finns inte i planen (id ${actions[0].id}).`);
    expect(await refusal(session, 'createMeetingNote', { planId: 1, actionId: actions[0].id, areaId: areas[0].id, ...MEETING, note: 'x' }))
      .toBe('En anteckning gäller antingen en åtgärd eller ett utvecklingsområde.');
    expect(await refusal(session, 'createMeetingNote', { planId: 1, ...MEETING, meetingDate: '2027-01-01', note: 'x' }))
      .toBe('Mötesdatum kan inte ligga i framtiden.');
    expect(await refusal(session, 'createMeetingNote', { planId: 1, ...MEETING, meetingName: ' ', note: ' ' }))
      .toBe('Möte: måste fyllas i. Anteckning: måste fyllas i. Inget har sparats.');
    expect(await refusal(session, 'createMeetingNote', { planId: 999, ...MEETING, note: 'x' })).toMatch(/Planen finns inte/);
  });

  it('are logged: the åtgärd’s own log and Sedan senast show them, with what they are about', async () => {
    const { session, actions, areas } = await demo();
    const action = actions[0];
    await call(session, 'createMeetingNote', { planId: 1, actionId: action.id, ...MEETING, note: 'Beslut: fortsätt.' });
    await call(session, 'createMeetingNote', { planId: 1, areaId: areas[2].id, ...MEETING, note: 'Följs upp i mars.' });
    const ownLog = await call<ChangeEntry[]>(session, 'listChanges', { since: '1900-01-01', actionId: action.id });
    expect(ownLog[0]).toMatchObject({ entity: 'meeting_note', operation: 'create', actionId: action.id, subject: `${action.number} ${action.title}` });
    expect(changeLabel(ownLog[0])).toBe('Ny mötesanteckning');
    expect(JSON.parse(ownLog[0].newValue!)).toMatchObject({ note: 'Beslut: fortsätt.', meetingName: MEETING.meetingName, protocolRef: '§ 12' });
    const since = await call<ChangeEntry[]>(session, 'listChanges', { since: TODAY, planId: 1 });
    expect(since.filter((c) => c.entity === 'meeting_note').map((c) => c.subject)).toEqual([areas[2].name, `${action.number} ${action.title}`]);
  });

  it('can be deleted and the delete undone; undo of the note itself removes it', async () => {
    const { session, file, actions } = await demo();
    const note = await call<MeetingNote>(session, 'createMeetingNote', { planId: 1, actionId: actions[0].id, ...MEETING, note: 'Fel åtgärd.' });
    await call(session, 'deleteMeetingNote', { id: note.id });
    expect(notes(file.db)).toBe(0);
    const log = await call<ChangeEntry[]>(session, 'listChanges', { since: TODAY, planId: 1 });
    expect(changeLabel(log[0])).toBe('Mötesanteckning borttagen');
    expect(log[0].subject).toBe(`${actions[0].number} ${actions[0].title}`);
    expect((await call<{ label: string }>(session, 'undoLastChange')).label).toBe('Mötesanteckning borttagen');
    expect((await call<MeetingNote[]>(session, 'listMeetingNotes', { planId: 1 }))[0]).toEqual(note);
    await call(session, 'undoLastChange');
    expect(notes(file.db)).toBe(0);
    // The undo's own log rows (plain text, not JSON) must not break the subject lookup.
    expect((await call<ChangeEntry[]>(session, 'listChanges', { since: TODAY, planId: 1 })).length).toBeGreaterThan(2);
  });

  it('go with what they are about, are counted once, and come back with an undo of the delete', async () => {
    const { session, file, actions, areas } = await demo();
    const action = actions.find((a) => a.areaId === areas[0].id)!;
    await call(session, 'createMeetingNote', { planId: 1, actionId: action.id, ...MEETING, note: 'Om åtgärden.' });
    await call(session, 'createMeetingNote', { planId: 1, areaId: areas[0].id, ...MEETING, note: 'Om området.' });
    await call(session, 'createMeetingNote', { planId: 1, ...MEETING, note: 'Om planen.' });
    const before = file.db.prepare('SELECT * FROM meeting_note ORDER BY id').all();

    expect((await call<{ message: string }>(session, 'getDeleteImpact', { entity: 'plan', id: 1 })).message).toMatch(/3 mötesanteckningar/);
    expect((await call<{ message: string }>(session, 'getDeleteImpact', { entity: 'area', id: areas[0].id })).message).toMatch(/2 mötesanteckningar/);

    await call(session, 'deleteAction', { id: action.id });
    expect(notes(file.db)).toBe(2);
    await call(session, 'undoLastChange');
    expect(file.db.prepare('SELECT * FROM meeting_note ORDER BY id').all()).toEqual(before);

    await call(session, 'deletePlan', { id: 1 });
    expect(notes(file.db)).toBe(0);
    await call(session, 'undoLastChange');
    expect(file.db.prepare('SELECT * FROM meeting_note ORDER BY id').all()).toEqual(before);
    expect(file.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('migration 30 → 50 adds the table and keeps the plan written at version 30', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, 30);
    db.exec(`INSERT INTO plan (id, name, created_at, updated_at) VALUES (1, 'Plan', 't', 't');
      INSERT INTO area (id, plan_id, position, name) VALUES (1, 1, 0, 'Samordning');
      INSERT INTO action (id, area_id, position, title, created_at, updated_at) VALUES (1, 1, 0, 'Rutin', 't', 't');`);
    migrate(db, 50);
    expect(schemaVersion(db)).toBe(50);
    db.exec(`INSERT INTO meeting_note (plan_id, action_id, meeting_date, meeting_name, note, created_by, created_at)
      VALUES (1, 1, '2026-11-26', 'Delegationen', 'Bra.', 'x', 't')`);
    expect(() => db.exec(`INSERT INTO meeting_note (plan_id, area_id, action_id, meeting_date, meeting_name, note, created_by, created_at)
      VALUES (1, 1, 1, '2026-11-26', 'Delegationen', 'Bra.', 'x', 't')`)).toThrow(/CHECK/);
    db.exec('DELETE FROM action');
    expect(db.prepare('SELECT COUNT(*) AS n FROM meeting_note').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT title FROM action').all()).toEqual([]);
    db.close();
  });
});
