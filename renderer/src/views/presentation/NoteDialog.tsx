import { useState, type FormEvent } from 'react';
import type { MeetingNote } from '@shared/domain/dashboard';
import { ApiError, errorMessage } from '@renderer/api/client';
import { DateInput } from '@renderer/components/DateInput';
import { Dialog } from '@renderer/components/Dialog';
import { Field } from '@renderer/components/Field';
import { useMeetingNoteStore } from '@renderer/stores/meetingNoteStore';

/**
 * "Anteckna": what the meeting said about the åtgärd or område on the slide, written without
 * leaving full screen. The native <dialog> keeps focus inside and gives it back when it closes.
 */
export interface NoteSubject { key: string; label: string; areaId: number | null; actionId: number | null }

function NoteForm({ planId, today, subjects, initialSubject, onClose, onSaved }: {
  planId: number;
  today: string;
  subjects: NoteSubject[];
  initialSubject: string;
  onClose: () => void;
  onSaved: (note: MeetingNote) => void;
}) {
  const { create, lastMeeting } = useMeetingNoteStore();
  const [subjectKey, setSubjectKey] = useState(initialSubject);
  const [meetingName, setMeetingName] = useState(lastMeeting?.meetingName ?? '');
  const [meetingDate, setMeetingDate] = useState<string | null>(lastMeeting?.meetingDate ?? today);
  const [protocolRef, setProtocolRef] = useState(lastMeeting?.protocolRef ?? '');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const subject = subjects.find((s) => s.key === subjectKey) ?? subjects[0];
    setSaving(true);
    try {
      const saved = await create({
        planId, areaId: subject.areaId, actionId: subject.actionId, meetingDate: meetingDate ?? '', meetingName, protocolRef, note,
      });
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.problems.length > 0) {
        setErrors(Object.fromEntries(error.problems.map((p) => [p.field, p.message])));
        setFailure(null);
      } else {
        setFailure(errorMessage(error));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="note-form">
      {/* The note comes first: <dialog> gives focus to its first field when it opens. */}
      <Field label="Anteckning" error={errors.note} hint="Vad mötet sa eller beslutade.">
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={4} required />
      </Field>
      <Field label="Gäller" error={errors.actionId ?? errors.areaId}>
        <select value={subjectKey} onChange={(e) => setSubjectKey(e.target.value)}>
          {subjects.map((s) => <option key={s.key} value={s.key}>{s.label}</option>)}
        </select>
      </Field>
      <div className="note-form-row">
        <Field label="Möte" error={errors.meetingName} hint="T.ex. Jämställdhetsdelegationen">
          <input type="text" value={meetingName} onChange={(e) => setMeetingName(e.target.value)} required />
        </Field>
        <Field label="Mötesdatum" error={errors.meetingDate}>
          <DateInput value={meetingDate} onChange={setMeetingDate} required />
        </Field>
        <Field label="Protokollreferens" error={errors.protocolRef} hint="T.ex. § 12">
          <input type="text" value={protocolRef} onChange={(e) => setProtocolRef(e.target.value)} />
        </Field>
      </div>
      {failure && <p className="error" role="alert">{failure}</p>}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>Avbryt</button>
        <button type="submit" className="button button-primary" disabled={saving}>Spara anteckningen</button>
      </div>
    </form>
  );
}

export function NoteDialog({ open, ...props }: {
  open: boolean;
  planId: number;
  today: string;
  subjects: NoteSubject[];
  initialSubject: string;
  onClose: () => void;
  onSaved: (note: MeetingNote) => void;
}) {
  return (
    <Dialog title="Anteckna från mötet" open={open} onClose={props.onClose} wide>
      {open && <NoteForm {...props} />}
    </Dialog>
  );
}
