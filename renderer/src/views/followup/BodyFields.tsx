import { BODY_KINDS, type BodyKind } from '@shared/domain/kinds';
import { BODY_KIND_LABEL } from '@shared/labels';
import { Field } from '@renderer/components/Field';
import type { FieldErrors } from '@renderer/hooks/forms';

/** A nämnd's name and kind, the same when one is added and when one is changed. */
export function BodyFields({ name, kind, errors, onName, onKind }: {
  name: string;
  kind: BodyKind;
  errors: FieldErrors;
  onName: (name: string) => void;
  onKind: (kind: BodyKind) => void;
}) {
  return (
    <>
      <Field label="Namn" error={errors.name}>
        <input type="text" value={name} onChange={(e) => onName(e.target.value)} autoComplete="off" />
      </Field>
      <Field label="Typ" error={errors.kind}>
        <select value={kind} onChange={(e) => onKind(e.target.value as BodyKind)}>
          {BODY_KINDS.map((k) => <option key={k} value={k}>{BODY_KIND_LABEL[k]}</option>)}
        </select>
      </Field>
    </>
  );
}
