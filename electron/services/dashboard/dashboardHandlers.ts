import type { Handlers } from '../api/session';
import { passId, passThrough } from '../api/serviceHandlers';
import { getStatusTrend } from '../plan/statusTrend';
import { listStatusesAsOf } from '../plan/statusesAsOf';
import * as meetingNotes from '../meeting/meetingNotes';
import { exportHandout } from './handout';

/** Dashboards, presentation mode and meeting notes (shared/api/dashboard.ts). */
export const dashboardHandlers = {
  ...passThrough({
    getStatusTrend,
    listStatusesAsOf,
    listMeetingNotes: meetingNotes.listMeetingNotes,
    createMeetingNote: meetingNotes.createMeetingNote,
  }),
  ...passId({ deleteMeetingNote: meetingNotes.deleteMeetingNote }),
  // Printing needs only the surrounding program, not the plan file.
  exportHandout: ({ platform }, i) => exportHandout(platform, i),
} satisfies Partial<Handlers>;
