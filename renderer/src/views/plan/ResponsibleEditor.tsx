import { useId, useState } from 'react';
import type { Body, ResponsibilityRole } from '@shared/domain/types';

export interface ResponsibleDraft { bodyId: number; role: ResponsibilityRole }

/**
 * Ansvariga nämnder: the chosen ones, each with a "Huvudansvarig" radio and a remove button,
 * and a select to add another. The first one added becomes huvudansvarig; removing the
 * huvudansvarig hands the role to the next in the list, so there is always exactly one.
 */
export function ResponsibleEditor({ value, onChange, bodies, error }: {
  value: ResponsibleDraft[];
  onChange: (value: ResponsibleDraft[]) => void;
  bodies: Body[];
  error?: string;
}) {
  const id = useId();
  const [adding, setAdding] = useState('');
  const name = (bodyId: number): string => bodies.find((b) => b.id === bodyId)?.name ?? `Nämnd ${bodyId}`;
  const chosen = new Set(value.map((r) => r.bodyId));
  const addable = bodies.filter((b) => !chosen.has(b.id) && b.active);

  const makeLead = (bodyId: number): void => onChange(value.map((r) => ({ ...r, role: r.bodyId === bodyId ? 'huvudansvarig' : 'medansvarig' })));
  const remove = (bodyId: number): void => {
    const rest = value.filter((r) => r.bodyId !== bodyId);
    if (rest.length > 0 && !rest.some((r) => r.role === 'huvudansvarig')) rest[0] = { ...rest[0], role: 'huvudansvarig' };
    onChange(rest);
    // The removed row's button is gone: keep focus in the group.
    setTimeout(() => document.getElementById(`${id}-add`)?.focus(), 0);
  };
  const add = (): void => {
    const bodyId = Number(adding);
    if (!bodyId || chosen.has(bodyId)) return;
    onChange([...value, { bodyId, role: value.length === 0 ? 'huvudansvarig' : 'medansvarig' }]);
    setAdding('');
  };

  return (
    <fieldset className={error ? 'responsible-editor field-invalid' : 'responsible-editor'} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>Ansvariga nämnder</legend>
      {value.length === 0 && <p className="muted">Ingen nämnd vald ännu.</p>}
      <ul className="responsible-chosen">
        {value.map((r) => (
          <li key={r.bodyId}>
            <span className="responsible-name">{name(r.bodyId)}</span>
            <label className="radio">
              <input type="radio" name={`${id}-lead`} checked={r.role === 'huvudansvarig'} onChange={() => makeLead(r.bodyId)}
                aria-label={`${name(r.bodyId)} är huvudansvarig`} />
              <span aria-hidden="true">Huvudansvarig</span>
            </label>
            <button type="button" className="button button-small" onClick={() => remove(r.bodyId)}
              aria-label={`Ta bort ${name(r.bodyId)}`}>Ta bort</button>
          </li>
        ))}
      </ul>
      <div className="responsible-add">
        <label htmlFor={`${id}-add`}>Lägg till nämnd</label>
        <select id={`${id}-add`} value={adding} onChange={(e) => setAdding(e.target.value)}
          aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}
          onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } }}>
          <option value="">Välj nämnd…</option>
          {addable.map((b) => <option key={b.id} value={b.id}>{b.name}</option>)}
        </select>
        <button type="button" className="button button-small" onClick={add} disabled={adding === ''}>Lägg till</button>
      </div>
      {error && <span id={`${id}-error`} className="field-error">{error}</span>}
    </fieldset>
  );
}
