import { z } from 'zod';
import { id, isoDate, requiredText, shortText, text } from './schemas';

/**
 * Input schemas of the dashboard, presentation and meeting-note calls (kept apart from
 * schemas.ts so parallel work on other calls does not collide).
 */
export const trendRhythm = z.enum(['år', 'halvår', 'tertial']);

export const statusTrendInput = z.strictObject({
  planId: id.nullable().default(null),
  /** The last point's date; default today. */
  to: isoDate.optional(),
  rhythm: trendRhythm.default('år'),
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
