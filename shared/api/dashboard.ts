import { z } from 'zod';
import type { ActionStatuses, HandoutResult, MeetingNote, StatusTrend } from '../domain/dashboard';
import { read, write } from './callSpec';
import { byId, followUpRhythm, id, isoDate, requiredText, shortText, text } from './schemas';

/** Dashboards, presentation mode and meeting notes. */
export const statusTrendInput = z.strictObject({
  planId: id.nullable().default(null),
  /** The last point's date; default today. */
  to: isoDate.optional(),
  rhythm: followUpRhythm.default('år'),
  bodyId: id.nullable().default(null),
  areaId: id.nullable().default(null),
});

export const statusesInput = z.strictObject({ planId: id, asOf: isoDate.optional() });

export const meetingNoteInput = z.strictObject({
  planId: id,
  areaId: id.nullable().default(null),
  actionId: id.nullable().default(null),
  meetingDate: isoDate,
  meetingName: requiredText,
  protocolRef: shortText.default(''),
  note: text().trim().min(1).max(5_000),
});

export const meetingNoteList = z.strictObject({ planId: id.optional(), areaId: id.optional(), actionId: id.optional() });

/**
 * A handout is the rendered dashboard as one HTML document (charts as inline SVG). The HTTP
 * bridge takes at most 8 MB per call; JSON escaping of the markup must fit under that.
 */
export const MAX_HANDOUT_CHARS = 6_000_000;

export const handoutInput = z.strictObject({
  title: requiredText,
  html: text().min(1).max(MAX_HANDOUT_CHARS),
  landscape: z.boolean().default(true),
});

export const dashboardCalls = {
  getStatusTrend: read<StatusTrend>()(statusTrendInput),
  listStatusesAsOf: read<ActionStatuses>()(statusesInput),
  listMeetingNotes: read<MeetingNote[]>()(meetingNoteList),
  createMeetingNote: write<MeetingNote>()(meetingNoteInput),
  deleteMeetingNote: write<null>()(byId),
  /** Prints the dashboard or the slides to PDF; changes nothing in the plan file. */
  exportHandout: read<HandoutResult>()(handoutInput),
} as const;
