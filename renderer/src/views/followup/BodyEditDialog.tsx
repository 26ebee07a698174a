import { useState, type FormEvent } from 'react';
import type { Body, BodyKind } from '@shared/domain/types';
import { errorMessage } from '@renderer/api/client';
import { Dialog } from '@renderer/components/Dialog';
import { ErrorMessage } from '@renderer/components/Message';
import { fieldErrors, type FieldErrors } from '@renderer/hooks/forms';
import { bodyWrites } from '@renderer/stores/registerStore';
import { BodyFields } from './BodyFields';

/**
 * Rename, change type, or mark inactive (a nämnd that has history is kept, never deleted).
 * The dialog stays mounted so closing it returns focus to the button that opened it.
 */
export function BodyEditDialog({ body, onClose }: { body: Body | null; onClose: () => void }) {
  return (
    <Dialog title={body ? `Ändra ${body.name}` : ''} open={body !== null} onClose={onClose}>
      {body && <BodyEditForm key={body.id} body={body} onClose={onClose} />}
    </Dialog>
  );
}

function BodyEditForm({ body, onClose }: { body: Body; onClose: () => void }) {
  const { updateBody } = bodyWrites;
  const [name, setName] = useState(body.name);
  const [kind, setKind] = useState<BodyKind>(body.kind);
  const [active, setActive] = useState(body.active);
  // The version this form was opened on: a save on top of someone else's is refused (server mode).
  const [version] = useState(body.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const patch = {
      ...(name.trim() !== body.name ? { name } : {}),
      ...(kind !== body.kind ? { kind } : {}),
      ...(active !== body.active ? { active } : {}),
    };
    if (Object.keys(patch).length === 0) return onClose();
    try {
      await updateBody(body.id, patch, version);
      onClose();
    } catch (error) {
      const byField = fieldErrors(error);
      setErrors(byField);
      setFailure(Object.keys(byField).length > 0 ? null : errorMessage(error));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <BodyFields name={name} kind={kind} errors={errors} onName={setName} onKind={setKind} />
      <div className="bodies-active-field">
        <label>
          <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
          Aktiv
        </label>
        <p className="field-hint">En inaktiv nämnd finns kvar i historiken men får inga påminnelser om att rapportera.</p>
      </div>
      <ErrorMessage text={failure} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>Avbryt</button>
        <button type="submit" className="button button-primary">Spara</button>
      </div>
    </form>
  );
}
