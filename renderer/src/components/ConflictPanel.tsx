import { useEffect, useRef } from 'react';
import { conflictRows, type ConflictChoice } from '../hooks/editConflict';

export type { ConflictChoice } from '../hooks/editConflict';


/**
 * "Ändrad av ‹namn› 10:42 – din ändring har inte sparats.", then for each field the other
 * person's value beside one's own, and the two ways on. The form below keeps what was typed.
 */
export function ConflictPanel({ conflict }: { conflict: ConflictChoice }) {
  const rows = conflictRows(conflict.edit, conflict.mine, conflict.labels, conflict.format);
  const heading = useRef<HTMLParagraphElement>(null);
  // Focus moves to the message, so a screen reader user hears what happened (WCAG 3.3.1).
  useEffect(() => heading.current?.focus(), [conflict.edit]);
  return (
    <div className="conflict" role="alert">
      <p className="conflict-message" tabIndex={-1} ref={heading}>{conflict.message}</p>
      <table>
        <caption className="visually-hidden">Deras värden och dina</caption>
        <thead><tr><th scope="col">Fält</th><th scope="col">Deras värde ({conflict.edit.by})</th><th scope="col">Ditt värde</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.field}><th scope="row">{r.label}</th><td>{r.theirs}</td><td>{r.mine}</td></tr>
          ))}
        </tbody>
      </table>
      <div className="conflict-buttons">
        <button type="button" className="button" onClick={conflict.onUseTheirs}>Använd deras värden</button>
        <button type="button" className="button button-primary" disabled={conflict.saving} onClick={conflict.onSaveMine}>Spara mina igen</button>
      </div>
    </div>
  );
}
