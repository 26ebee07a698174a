import type { ServiceContext } from '../context';
import { logCreate } from '../changeLog';
import { insertRow } from '../records';
import type { MeetingNoteJson } from './planJsonSchema';

/**
 * Mötesanteckningar in the JSON export. Each note sits under what it is about (the plan, an
 * område or an åtgärd), so the document needs no ids to say so.
 */
interface NoteRow {
  area_id: number | null; action_id: number | null; meeting_date: string; meeting_name: string;
  protocol_ref: string; note: string; created_by: string; created_at: string;
}

export interface PlanNotes {
  plan: MeetingNoteJson[];
  byArea: Map<number, MeetingNoteJson[]>;
  byAction: Map<number, MeetingNoteJson[]>;
}

function add(map: Map<number, MeetingNoteJson[]>, id: number, note: MeetingNoteJson): void {
  const list = map.get(id);
  if (list) list.push(note);
  else map.set(id, [note]);
}

/** Oldest first, in the order they were written, so a restore writes them in the same order. */
export function planMeetingNotes(ctx: ServiceContext, planId: number): PlanNotes {
  const rows = ctx.db.prepare(`SELECT area_id, action_id, meeting_date, meeting_name, protocol_ref, note, created_by, created_at
    FROM meeting_note WHERE plan_id = ? ORDER BY meeting_date, created_at, id`).all(planId) as NoteRow[];
  const notes: PlanNotes = { plan: [], byArea: new Map(), byAction: new Map() };
  for (const r of rows) {
    const note = { meetingDate: r.meeting_date, meetingName: r.meeting_name, protocolRef: r.protocol_ref, note: r.note, createdBy: r.created_by, createdAt: r.created_at };
    if (r.action_id !== null) add(notes.byAction, r.action_id, note);
    else if (r.area_id !== null) add(notes.byArea, r.area_id, note);
    else notes.plan.push(note);
  }
  return notes;
}

/** Writes the notes with their own dates and author, logged like createMeetingNote logs them. */
export function restoreMeetingNotes(ctx: ServiceContext, notes: MeetingNoteJson[],
  about: { planId: number; areaId: number | null; actionId: number | null }): number {
  for (const n of notes) {
    const id = insertRow(ctx, 'meeting_note', {
      plan_id: about.planId, area_id: about.areaId, action_id: about.actionId, meeting_date: n.meetingDate, meeting_name: n.meetingName,
      protocol_ref: n.protocolRef, note: n.note, created_by: n.createdBy, created_at: n.createdAt,
    });
    logCreate(ctx, 'meeting_note', id, { ...about, meetingDate: n.meetingDate, meetingName: n.meetingName, protocolRef: n.protocolRef, note: n.note },
      { planId: about.planId, actionId: about.actionId });
  }
  return notes.length;
}
