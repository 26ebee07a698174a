import { useId, useState, type FormEvent } from 'react';
import type { Source } from '@shared/domain/types';

export interface FindingDraft {
  text: string;
  sourceIds: number[];
}

/** Writes one iakttagelse and the källor from the register it rests on. */
export function FindingForm({ initial, sources, error, busy, onSave, onCancel }: {
  initial: FindingDraft;
  sources: Source[];
  error: string | null;
  busy: boolean;
  onSave: (draft: FindingDraft) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const toggle = (sourceId: number, on: boolean) => setDraft({
    ...draft, sourceIds: on ? [...draft.sourceIds, sourceId] : draft.sourceIds.filter((s) => s !== sourceId),
  });
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onSave(draft);
  };
  return (
    <form className="report-finding-form" onSubmit={submit} noValidate aria-label="Iakttagelse">
      <label htmlFor={`${id}-t`}>Iakttagelse</label>
      <textarea id={`${id}-t`} rows={4} value={draft.text} autoFocus onChange={(e) => setDraft({ ...draft, text: e.target.value })} />
      <fieldset className="report-finding-sources">
        <legend>Källor</legend>
        {sources.length === 0 && <p className="muted">Källregistret är tomt. Lägg till dokument och intervjuer under Källförteckning.</p>}
        {sources.map((s) => (
          <label key={s.id}>
            <input type="checkbox" checked={draft.sourceIds.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)} />
            {s.title}{s.publishedOn ? ` (${s.publishedOn})` : ''}{s.kind === 'intervju' ? ' – intervju' : ''}
          </label>
        ))}
      </fieldset>
      {error && <p className="error" role="alert">{error}</p>}
      <div className="report-field-actions">
        <button type="submit" className="button button-primary" disabled={busy}>Spara iakttagelsen</button>
        <button type="button" className="button" onClick={onCancel}>Avbryt</button>
      </div>
    </form>
  );
}
