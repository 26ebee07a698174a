import { useRef, useState } from 'react';
import { formFailure, useFocusFirstInvalid, type FormFailure } from './formFailure';

/**
 * Calls `reset` each time `open` turns true, during render (React's pattern for state that
 * follows a prop), so a dialog's form starts over from what is saved now.
 */
export function useResetOnOpen(open: boolean, reset: () => void): void {
  const [shownOpen, setShownOpen] = useState(open);
  if (shownOpen !== open) {
    setShownOpen(open);
    if (open) reset();
  }
}

/**
 * Saving a form: `saving` while it runs, and the main process's refusal beside the fields the
 * form shows (`fields`), with focus on the first of them.
 */
export function useFormSave(fields: readonly string[]) {
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, failure);

  const run = async (save: () => Promise<void>): Promise<void> => {
    setSaving(true);
    try {
      await save();
      setFailure(null);
    } catch (error) {
      setFailure(formFailure(error, fields));
    } finally {
      setSaving(false);
    }
  };
  const error = (field: string): string | undefined => failure?.fields[field];
  return { failure, clearFailure: () => setFailure(null), saving, form, run, error };
}
