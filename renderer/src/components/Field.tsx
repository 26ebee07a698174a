import { useId, type ReactElement, cloneElement } from 'react';

/**
 * A labelled form field with its Swedish error message beside it (WCAG 3.3.1): the input gets
 * aria-invalid and aria-describedby pointing at the message.
 */
export function Field({ label, error, hint, children }: {
  label: string;
  error?: string | null;
  hint?: string;
  children: ReactElement<Record<string, unknown>>;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && <span id={`${id}-hint`} className="field-hint">{hint}</span>}
      {cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error && <span id={`${id}-error`} className="field-error">{error}</span>}
    </div>
  );
}
