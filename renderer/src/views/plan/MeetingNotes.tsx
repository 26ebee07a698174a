import { formatDate } from '@shared/dates';
import type { MeetingNote } from '@shared/domain/dashboard';

/** "Jämställdhetsdelegationen 2026-11-20": how a note is named in a button and a question. */
export function noteName(note: MeetingNote): string {
  return `${note.meetingName} ${formatDate(note.meetingDate)}`;
}

/**
 * What meetings decided or said about the åtgärd, newest meeting first. Notes are written in
 * presentation mode; here they can be read and removed.
 */
export function MeetingNotes({ notes, onDelete }: { notes: MeetingNote[]; onDelete?: (note: MeetingNote) => void }) {
  return (
    <section aria-labelledby="notes-heading" className="card meeting-notes">
      <h2 id="notes-heading" tabIndex={-1}>Anteckningar från möten</h2>
      {notes.length === 0 ? <p className="muted">Inga anteckningar. De skrivs i presentationsläget, under mötet.</p> : (
        <ul className="meeting-note-list">
          {notes.map((n) => (
            <li key={n.id} className="meeting-note" data-note-id={n.id}>
              <p className="meeting-note-head">
                <time dateTime={n.meetingDate} className="timeline-date">{formatDate(n.meetingDate)}</time>
                {' '}<span>{n.meetingName}</span>
                {n.protocolRef && <span className="muted"> · {n.protocolRef}</span>}
              </p>
              <p className="meeting-note-text">{n.note}</p>
              {onDelete && <button type="button" className="link-button timeline-delete" onClick={() => onDelete(n)}
                aria-label={`Ta bort anteckningen från ${noteName(n)}`}>Ta bort</button>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
