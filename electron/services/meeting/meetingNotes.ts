import type { ServiceContext } from '../context';
import type { MeetingNote } from '@shared/domain/dashboard';
import { notFound } from '@shared/errors';
import { logCreate, logDelete } from '../changeLog';
import { deleteRows, inTransaction, insertRow } from '../records';
import { Problems } from '../validation';
import { getPlan } from '../plan/plans';

/**
 * Mötesanteckningar: what a meeting said about the plan, an utvecklingsområde or an åtgärd.
 * Written like every other record (change log, undo); a note about an åtgärd is logged with its
 * action_id, so it shows in the åtgärd's own log and in Sedan senast.
 */
interface MeetingNoteRow {
  id: number; plan_id: number; area_id: number | null; action_id: number | null; meeting_date: string; meeting_name: string;
  protocol_ref: string; note: string; created_by: string; created_at: string; subject: string | null;
}

const SELECT = `SELECT m.*, COALESCE(trim(a.number || ' ' || a.title), ar.name, p.name) AS subject
  FROM meeting_note m JOIN plan p ON p.id = m.plan_id
  LEFT JOIN action a ON a.id = m.action_id LEFT JOIN area ar ON ar.id = m.area_id`;

function toMeetingNote(row: MeetingNoteRow): MeetingNote {
  return {
    id: row.id, planId: row.plan_id, areaId: row.area_id, actionId: row.action_id, meetingDate: row.meeting_date,
    meetingName: row.meeting_name, protocolRef: row.protocol_ref, note: row.note, createdBy: row.created_by,
    createdAt: row.created_at, subject: row.subject ?? '',
  };
}

export type MeetingNoteFields = Pick<MeetingNote, 'planId' | 'areaId' | 'actionId' | 'meetingDate' | 'meetingName' | 'protocolRef' | 'note'>;

export function getMeetingNote(ctx: ServiceContext, id: number): MeetingNote {
  const row = ctx.db.prepare(`${SELECT} WHERE m.id = ?`).get(id) as MeetingNoteRow | undefined;
  if (!row) throw notFound(`Mötesanteckningen finns inte (id ${id}).`);
  return toMeetingNote(row);
}

/** Newest meeting first. Filters combine: a plan's notes, one område's, one åtgärd's. */
export function listMeetingNotes(ctx: ServiceContext, input: { planId?: number; areaId?: number; actionId?: number }): MeetingNote[] {
  const rows = ctx.db.prepare(`${SELECT}
    WHERE (@planId IS NULL OR m.plan_id = @planId) AND (@areaId IS NULL OR m.area_id = @areaId)
      AND (@actionId IS NULL OR m.action_id = @actionId)
    ORDER BY m.meeting_date DESC, m.id DESC`)
    .all({ planId: input.planId ?? null, areaId: input.areaId ?? null, actionId: input.actionId ?? null }) as MeetingNoteRow[];
  return rows.map(toMeetingNote);
}

/** The åtgärd or område must belong to the plan; a note is about one of them at most. */
function checkSubject(ctx: ServiceContext, input: MeetingNoteFields): void {
  const problems = new Problems();
  problems.check(input.areaId === null || input.actionId === null, 'actionId', 'En anteckning gäller antingen en åtgärd eller ett utvecklingsområde.');
  if (input.areaId !== null) {
    const area = ctx.db.prepare('SELECT plan_id FROM area WHERE id = ?').get(input.areaId) as { plan_id: number } | undefined;
    problems.check(area?.plan_id === input.planId, 'areaId', `Utvecklingsområdet finns inte i planen (id ${input.areaId}).`);
  }
  if (input.actionId !== null) {
    const action = ctx.db.prepare('SELECT ar.plan_id FROM action a JOIN area ar ON ar.id = a.area_id WHERE a.id = ?')
      .get(input.actionId) as { plan_id: number } | undefined;
    problems.check(action?.plan_id === input.planId, 'actionId', `Åtgärden finns inte i planen (id ${input.actionId}).`);
  }
  problems.check(input.meetingDate <= ctx.today(), 'meetingDate', 'Mötesdatum kan inte ligga i framtiden.');
  problems.throwIfAny();
}

export function createMeetingNote(ctx: ServiceContext, input: MeetingNoteFields): MeetingNote {
  return inTransaction(ctx, () => {
    getPlan(ctx, input.planId);
    checkSubject(ctx, input);
    const id = insertRow(ctx, 'meeting_note', {
      plan_id: input.planId, area_id: input.areaId, action_id: input.actionId, meeting_date: input.meetingDate,
      meeting_name: input.meetingName, protocol_ref: input.protocolRef, note: input.note,
      created_by: ctx.user, created_at: ctx.now(),
    });
    logCreate(ctx, 'meeting_note', id, input, { planId: input.planId, actionId: input.actionId });
    return getMeetingNote(ctx, id);
  });
}

export function deleteMeetingNote(ctx: ServiceContext, id: number): null {
  return inTransaction(ctx, () => {
    const before = getMeetingNote(ctx, id);
    deleteRows(ctx, 'meeting_note', { id });
    const { planId, areaId, actionId, meetingDate, meetingName, protocolRef, note } = before;
    logDelete(ctx, 'meeting_note', id, { planId, areaId, actionId, meetingDate, meetingName, protocolRef, note }, { planId, actionId });
    return null;
  });
}
