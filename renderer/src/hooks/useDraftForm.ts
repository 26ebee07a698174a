import { useState, type FormEvent } from 'react';
import { conflictChoice, useEditVersion, type FormatValue } from './editConflict';
import { useFormSave, useResetOnOpen } from './formState';

/**
 * The state every Granskningar form has: a draft that starts over each time the dialog opens,
 * whether it differs from where it started (so closing asks first), and the main process's
 * refusal shown beside the fields. A form that edits a record passes the `version` it loaded,
 * which goes to `save`; when someone else saved the record first, `conflict` is what the form
 * dialog shows (their values beside the draft's, by the form's `labels`).
 */
export function useDraftForm<T extends object>({ initial, open, fields, save, onClose, version: loaded, labels, format, fromTheirs }: {
  initial: T;
  open: boolean;
  /** The fields the form shows; a refusal about any other field goes in the line above. */
  fields: readonly string[];
  save: (draft: T, version: number | undefined) => Promise<unknown>;
  onClose: () => void;
  version?: number;
  labels?: Partial<Record<keyof T & string, string>>;
  format?: FormatValue;
  /** Their stored values as the draft holds them, where the two differ (a figure typed as text). */
  fromTheirs?: (theirs: Record<string, unknown>) => Partial<T>;
}) {
  const [draft, setDraft] = useState(initial);
  const { failure, clearFailure, saving, form, run } = useFormSave(fields);
  const { version, setVersion } = useEditVersion(loaded, open);
  useResetOnOpen(open, () => {
    setDraft(initial);
    clearFailure();
  });

  const update = (patch: Partial<T>): void => setDraft((current) => ({ ...current, ...patch }));
  const saveOn = (onVersion: number | undefined): Promise<void> => run(async () => {
    await save(draft, onVersion);
    onClose();
  });
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    await saveOn(version);
  };
  const conflict = labels ? conflictChoice(failure, {
    mine: draft as Record<string, unknown>, labels: labels as Record<string, string>, format, saving, setVersion, clearFailure,
    takeTheirs: (theirs) => update(fromTheirs ? fromTheirs(theirs) : Object.fromEntries(Object.entries(theirs).filter(([f]) => f in initial)) as Partial<T>),
    save: (onVersion) => void saveOn(onVersion),
  }) : null;
  return {
    draft, update, saving, dirty: JSON.stringify(draft) !== JSON.stringify(initial), submit, form, conflict,
    // With the conflict panel shown, its message is not repeated above the form.
    failure: conflict ? { ...failure!, message: '' } : failure,
  };
}
