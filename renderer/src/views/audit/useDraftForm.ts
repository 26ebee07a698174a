import { useRef, useState, type FormEvent } from 'react';
import { formFailure, useFocusFirstInvalid, type FormFailure } from '../plan/formFailure';

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
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const [shownOpen, setShownOpen] = useState(open);
  if (shownOpen !== open) {
    setShownOpen(open);
    if (open) {
      setDraft(initial);
      setFailure(null);
    }
  }
  useFocusFirstInvalid(form, failure);

  const update = (patch: Partial<T>): void => setDraft((current) => ({ ...current, ...patch }));
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setSaving(true);
    try {
      await save(draft);
      onClose();
    } catch (error) {
      setFailure(formFailure(error, fields));
    } finally {
      setSaving(false);
    }
  };
  return { draft, update, failure, saving, dirty: JSON.stringify(draft) !== JSON.stringify(initial), submit, form };
}
