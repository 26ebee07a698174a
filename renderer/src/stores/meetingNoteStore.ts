import { create } from 'zustand';
import type { CallInput } from '../../../shared/api/contract';
import type { MeetingNote } from '../../../shared/domain/dashboard';
import { api, errorMessage } from '../api/client';
import { afterWrite, onFileChanged } from './undoStore';

type NoteInput = CallInput<'createMeetingNote'>;

/** What to prefill for the next note: usually the same meeting as the one before. */
export interface MeetingDefaults { meetingName: string; meetingDate: string | null; protocolRef: string }

/**
 * One plan's mötesanteckningar, newest meeting first, and the last meeting noted in this session.
 * A write throws ApiError so the note form can show the main process's Swedish message per field.
 */
interface MeetingNoteState {
  planId: number | null;
  notes: MeetingNote[];
  error: string | null;
  lastMeeting: MeetingDefaults | null;
  load: (planId: number) => Promise<void>;
  create: (input: NoteInput) => Promise<MeetingNote>;
}

let latestLoad = 0;

export const useMeetingNoteStore = create<MeetingNoteState>((set, get) => ({
  planId: null,
  notes: [],
  error: null,
  lastMeeting: null,
  load: async (planId) => {
    const request = ++latestLoad;
    if (get().planId !== planId) set({ planId, notes: [] });
    try {
      const notes = await api.listMeetingNotes({ planId });
      if (request === latestLoad) set({ notes, error: null });
    } catch (error) {
      if (request === latestLoad) set({ error: errorMessage(error) });
    }
  },
  create: async (input) => {
    const note = await api.createMeetingNote(input);
    set({ lastMeeting: { meetingName: note.meetingName, meetingDate: note.meetingDate, protocolRef: note.protocolRef } });
    await Promise.all([afterWrite(), get().load(note.planId)]);
    return note;
  },
}));

onFileChanged(() => {
  const { planId, load } = useMeetingNoteStore.getState();
  return planId === null ? undefined : load(planId);
});
