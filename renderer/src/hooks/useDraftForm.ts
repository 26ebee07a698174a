import { useState, type FormEvent } from 'react';
import { useFormSave, useResetOnOpen } from './formState';

/**
 * The state every Granskningar form has: a draft that starts over each time the dialog opens,
 * whether it differs from where it started (so closing asks first), and the main process's
 * refusal shown beside the fields.
 */
export function useDraftForm<T extends object>({ initial, open, fields, save, onClose }: {
  initial: T;
  open: boolean;
  /** The fields the form shows; a refusal about any other field goes in the line above. */
  fields: readonly string[];
  save: (draft: T) => Promise<unknown>;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const { failure, clearFailure, saving, form, run } = useFormSave(fields);
  useResetOnOpen(open, () => {
    setDraft(initial);
    clearFailure();
  });

  const update = (patch: Partial<T>): void => setDraft((current) => ({ ...current, ...patch }));
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    await run(async () => {
      await save(draft);
      onClose();
    });
  };
  return { draft, update, failure, saving, dirty: JSON.stringify(draft) !== JSON.stringify(initial), submit, form };
}
