import { useState, type FormEvent } from 'react';
import type { BodyKind } from '../../../../shared/domain/types';
import { BODY_KIND_LABEL } from '../../../../shared/labels';
import { errorMessage } from '../../api/client';
import { Field } from '../../components/Field';
import { ErrorMessage } from '../../components/Message';
import { fieldErrors, type FieldErrors } from '../../forms';
import { useRegisterStore } from '../../stores/registerStore';

export const BODY_KINDS = Object.keys(BODY_KIND_LABEL) as BodyKind[];

/** Registers a nämnd, styrelse or bolag; the name field is cleared and ready for the next one. */
export function BodyAddForm() {
  const createBody = useRegisterStore((s) => s.createBody);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<BodyKind>('namnd');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setSaving(true);
    try {
      await createBody({ name, kind });
      setName('');
      setErrors({});
      setFailure(null);
    } catch (error) {
      const byField = fieldErrors(error);
      setErrors(byField);
      setFailure(Object.keys(byField).length > 0 ? null : errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="bodies-add card" onSubmit={(e) => void submit(e)} aria-labelledby="bodies-add-heading" noValidate>
      <h2 id="bodies-add-heading">Lägg till nämnd, styrelse eller bolag</h2>
      <div className="bodies-add-fields">
        <Field label="Namn" error={errors.name}>
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
        </Field>
        <Field label="Typ" error={errors.kind}>
          <select value={kind} onChange={(e) => setKind(e.target.value as BodyKind)}>
            {BODY_KINDS.map((k) => <option key={k} value={k}>{BODY_KIND_LABEL[k]}</option>)}
          </select>
        </Field>
        <button type="submit" className="button button-primary bodies-add-button" disabled={saving}>Lägg till</button>
      </div>
      <ErrorMessage text={failure} />
    </form>
  );
}
