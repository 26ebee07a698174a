import { useId, useState } from 'react';
import { ASSESSMENT_LABEL } from '@shared/labels';
import { ASSESSMENTS } from '@shared/domain/status';
import type { ReportTextField as Field } from '@shared/report/model';
import { errorMessage } from '@renderer/api/client';

/**
 * One of the strateg's texts. It shows the generated default until the strateg writes her own;
 * "Spara" keeps it in the plan file for this year, "Återställ förslag" goes back to the default.
 */
export function ReportTextField({ field, readOnly, onSave, onReset }: {
  field: Field;
  readOnly: boolean;
  onSave: (key: string, text: string, version: number) => Promise<void>;
  onReset: (key: string) => Promise<void>;
}) {
  const id = useId();
  const shown = field.savedText ?? field.defaultText;
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // After Spara or Återställ the saved text changes: the draft is done with. (Reset during
  // render rather than remounting, so keyboard focus stays on the button that was pressed.)
  const [seen, setSeen] = useState(shown);
  if (seen !== shown) {
    setSeen(shown);
    setDraft(null);
  }
  const value = draft ?? shown;
  const dirty = draft !== null && draft !== shown;

  const run = async (action: () => Promise<void>) => {
    try {
      await action();
      setDraft(null);
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <div className="report-field">
      <label htmlFor={id}>{field.label}</label>
      <span className="report-field-state" id={`${id}-state`}>{field.savedText === null ? 'Förslag' : 'Egen text'}</span>
      {field.kind === 'assessment' ? (
        <select id={id} value={value} disabled={readOnly} aria-describedby={`${id}-state`}
          onChange={(e) => void run(() => onSave(field.key, e.target.value, field.version))}>
          {ASSESSMENTS.map((a) => (
            <option key={a} value={a}>{ASSESSMENT_LABEL[a]}{a === field.defaultText ? ' (förslag)' : ''}</option>
          ))}
        </select>
      ) : (
        <textarea id={id} value={value} readOnly={readOnly} aria-describedby={`${id}-state`}
          rows={Math.min(12, Math.max(2, Math.ceil(value.length / 55) + value.split('\n').length - 1))}
          onChange={(e) => setDraft(e.target.value)} />
      )}
      {!readOnly && (
        <div className="report-field-actions">
          {field.kind === 'text' && (
            <button type="button" className="button" disabled={!dirty} onClick={() => void run(() => onSave(field.key, value, field.version))}>Spara</button>
          )}
          {(field.savedText !== null || dirty) && (
            <button type="button" className="button button-quiet"
              onClick={() => void run(() => (field.savedText !== null ? onReset(field.key) : Promise.resolve()))}>
              Återställ förslag
            </button>
          )}
        </div>
      )}
      {error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}
