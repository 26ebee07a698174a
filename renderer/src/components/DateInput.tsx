import { useState } from 'react';
import { parseTypedDate } from '@shared/dates';

/**
 * A date field that takes typed sv-SE dates (2026-11-26, 26/11/2026, 26 nov 2026, 20261126) and
 * has the browser's date picker beside it. The value is ISO 'YYYY-MM-DD' or null.
 */
export function DateInput({ value, onChange, id, required = false, ...aria }: {
  value: string | null;
  onChange: (value: string | null) => void;
  id?: string;
  required?: boolean;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}) {
  const [text, setText] = useState(value ?? '');
  const [unreadable, setUnreadable] = useState(false);
  // A new value from outside (the form was reset or filled in) replaces what was typed.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    setText(value ?? '');
    setUnreadable(false);
  }

  const commit = (typed: string): void => {
    if (typed.trim() === '') {
      setUnreadable(false);
      onChange(null);
      return;
    }
    const iso = parseTypedDate(typed);
    setUnreadable(iso === null);
    if (iso !== null) {
      setText(iso);
      onChange(iso);
    }
  };

  return (
    <span className="date-input">
      <input id={id} type="text" inputMode="numeric" placeholder="ÅÅÅÅ-MM-DD" value={text} required={required}
        aria-invalid={aria['aria-invalid'] || unreadable || undefined} aria-describedby={aria['aria-describedby']}
        onChange={(e) => setText(e.target.value)} onBlur={(e) => commit(e.target.value)}
        onKeyDown={(e) => { if (e.key === 'Enter') commit(e.currentTarget.value); }} />
      <input type="date" className="date-picker" aria-label="Välj datum i kalender" tabIndex={-1}
        value={value ?? ''} onChange={(e) => commit(e.target.value)} />
      {unreadable && <span className="field-error" role="alert">Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-12-31.</span>}
    </span>
  );
}
