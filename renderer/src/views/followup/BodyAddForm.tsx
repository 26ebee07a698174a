import { useState, type FormEvent } from 'react';
import type { BodyKind } from '@shared/domain/types';
import { errorMessage } from '@renderer/api/client';
import { ErrorMessage } from '@renderer/components/Message';
import { fieldErrors, type FieldErrors } from '@renderer/hooks/forms';
import { bodyWrites } from '@renderer/stores/registerStore';
import { BodyFields } from './BodyFields';


/** Registers a nämnd, styrelse or bolag; the name field is cleared and ready for the next one. */
export function BodyAddForm() {
  const { createBody } = bodyWrites;
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
        <BodyFields name={name} kind={kind} errors={errors} onName={setName} onKind={setKind} />
        <button type="submit" className="button button-primary bodies-add-button" disabled={saving}>Lägg till</button>
      </div>
      <ErrorMessage text={failure} />
    </form>
  );
}
