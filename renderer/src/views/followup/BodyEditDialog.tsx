import { useState, type FormEvent } from 'react';
import type { Body, BodyKind } from '@shared/domain/types';
import { ApiError, errorMessage } from '@renderer/api/client';
import { ConflictPanel } from '@renderer/components/ConflictPanel';
import { conflictChoice, formatPlainValue, type FormatValue } from '@renderer/hooks/editConflict';
import { BODY_KIND_LABEL } from '@shared/labels';
import type { EditConflict } from '@shared/errors';
import { Dialog } from '@renderer/components/Dialog';
import { ErrorMessage } from '@renderer/components/Message';
import { fieldErrors, type FieldErrors } from '@renderer/hooks/forms';
import { bodyWrites } from '@renderer/stores/registerStore';
import { BodyFields } from './BodyFields';

/** As the form names its fields: the conflict panel lists them so. */
const LABELS = { name: 'Namn', kind: 'Typ', active: 'Aktiv' };

const formatBodyValue: FormatValue = (field, value) => (field === 'kind' && typeof value === 'string'
  ? BODY_KIND_LABEL[value as BodyKind] ?? value : formatPlainValue(field, value));

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
  const [version, setVersion] = useState(body.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<{ message: string; edit?: EditConflict } | null>(null);
  const [saving, setSaving] = useState(false);
  const patch = {
    ...(name.trim() !== body.name ? { name } : {}),
    ...(kind !== body.kind ? { kind } : {}),
    ...(active !== body.active ? { active } : {}),
  };

  const save = async (onVersion: number): Promise<void> => {
    setSaving(true);
    try {
      await updateBody(body.id, patch, onVersion);
      onClose();
    } catch (error) {
      const byField = fieldErrors(error);
      setErrors(byField);
      const edit = error instanceof ApiError ? error.edit : undefined;
      setFailure(Object.keys(byField).length > 0 ? null : { message: errorMessage(error), edit });
    } finally {
      setSaving(false);
    }
  };
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (Object.keys(patch).length === 0) return onClose();
    await save(version);
  };
  // Someone else saved this nämnd after the dialog opened: their values beside these, then merge.
  const conflict = conflictChoice(failure, {
    mine: patch, labels: LABELS, format: formatBodyValue, saving, setVersion, clearFailure: () => setFailure(null),
    takeTheirs: (theirs) => {
      if (typeof theirs.name === 'string') setName(theirs.name);
      if (typeof theirs.kind === 'string') setKind(theirs.kind as BodyKind);
      if (typeof theirs.active === 'boolean') setActive(theirs.active);
    },
    save: (onVersion) => void save(onVersion),
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {conflict && <ConflictPanel conflict={conflict} />}
      <BodyFields name={name} kind={kind} errors={errors} onName={setName} onKind={setKind} />
      <div className="bodies-active-field">
        <label>
          <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
          Aktiv
        </label>
        <p className="field-hint">En inaktiv nämnd finns kvar i historiken men får inga påminnelser om att rapportera.</p>
      </div>
      <ErrorMessage text={conflict ? null : failure?.message ?? null} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>Avbryt</button>
        <button type="submit" className="button button-primary">Spara</button>
      </div>
    </form>
  );
}
