import { create } from 'zustand';
import type { CallInput } from '@shared/api/contract';
import type { MeetingNote } from '@shared/domain/dashboard';
import { write } from '../data/write';

type NoteInput = CallInput<'createMeetingNote'>;

/** What to prefill for the next note: usually the same meeting as the one before. */
export interface MeetingDefaults { meetingName: string; meetingDate: string | null; protocolRef: string }

/**
 * The last meeting noted in this session, and the write of a note. The plan's notes are read
 * through the cache (useCall('listMeetingNotes')), which the write's answer refreshes. A write
 * throws ApiError so the note form can show the main process's Swedish message per field.
 */
interface MeetingNoteState {
  lastMeeting: MeetingDefaults | null;
  create: (input: NoteInput) => Promise<MeetingNote>;
}

export const useMeetingNoteStore = create<MeetingNoteState>((set) => ({
  lastMeeting: null,
  create: async (input) => {
    const note = await write('createMeetingNote', input);
    set({ lastMeeting: { meetingName: note.meetingName, meetingDate: note.meetingDate, protocolRef: note.protocolRef } });
    return note;
  },
}));
