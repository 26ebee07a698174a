import type { Body } from '@shared/domain/types';

/**
 * Nämnder to tick: granskade nämnder, or those a recommendation is addressed to. A fieldset with a
 * legend, so a screen reader hears what the boxes are for; an inactive nämnd is only offered when
 * it is already chosen.
 */
export function BodyChecklist({ legend, bodies, chosen, onChange, error }: {
  legend: string;
  bodies: Body[];
  chosen: number[];
  onChange: (ids: number[]) => void;
  error?: string;
}) {
  const shown = bodies.filter((b) => b.active || chosen.includes(b.id));
  const toggle = (id: number, on: boolean): void => onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  return (
    <fieldset className={error ? 'audit-bodies field-invalid' : 'audit-bodies'}>
      <legend>{legend}</legend>
      <div className="audit-bodies-grid">
        {shown.map((body) => (
          <label key={body.id} className="audit-check">
            <input type="checkbox" checked={chosen.includes(body.id)} onChange={(e) => toggle(body.id, e.target.checked)} />
            {body.name}
          </label>
        ))}
      </div>
      {error && <span className="field-error">{error}</span>}
    </fieldset>
  );
}
