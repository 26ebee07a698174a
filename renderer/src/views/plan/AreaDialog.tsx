import { useState, type FormEvent } from 'react';
import { conflictChoice, useEditVersion } from '@renderer/hooks/editConflict';
import type { Area } from '@shared/domain/types';
import { Field } from '@renderer/components/Field';
import { ErrorMessage } from '@renderer/components/Message';
import { useNoticeStore } from '@renderer/stores/noticeStore';
import { useSelectedPlan } from '@renderer/stores/appStore';
import { planWrites } from '@renderer/stores/planStore';
import { FormDialog } from '@renderer/components/FormDialog';
import { useFormSave, useResetOnOpen } from '@renderer/hooks/formState';

const FIELDS = ['name', 'description'];
/** As the form names its fields: the conflict panel lists them so. */
const LABELS = { name: 'Namn', description: 'Beskrivning' };

/** New utvecklingsområde (area = null) or rename/describe one. */
export function AreaDialog({ area, open, onClose }: { area: Area | null; open: boolean; onClose: () => void }) {
  const planId = useSelectedPlan()?.id ?? null;
  const initial = { name: area?.name ?? '', description: area?.description ?? '' };
  const [draft, setDraft] = useState(initial);
  const { failure, clearFailure, saving, form, run } = useFormSave(FIELDS);
  const { version, setVersion } = useEditVersion(area?.version, open);
  useResetOnOpen(open, () => {
    setDraft(initial);
    clearFailure();
  });
  // Only what was changed is sent, so a conflict lists only the fields this person changed.
  const patch = Object.fromEntries(Object.entries(draft).filter(([field, value]) => value !== initial[field as keyof typeof initial]));
  const dirty = Object.keys(patch).length > 0;

  const save = (onVersion: number | undefined) => run(async () => {
    if (area) await planWrites.updateArea(area.id, patch, onVersion);
    else if (planId !== null) await planWrites.createArea(planId, draft);
    useNoticeStore.getState().show(area ? 'Utvecklingsområdet sparades.' : 'Utvecklingsområdet lades till.');
    onClose();
  });
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (area && !dirty) return onClose();
    await save(version);
  };
  // Someone else saved this område after it was opened: their values beside these, then merge.
  const conflict = conflictChoice(failure, {
    mine: patch, labels: LABELS, saving, setVersion, clearFailure,
    takeTheirs: (theirs) => setDraft((d) => ({ ...d, ...Object.fromEntries(Object.entries(theirs).filter(([f]) => f in LABELS)) })),
    save: (onVersion) => void save(onVersion),
  });

  return (
    <FormDialog title={area ? 'Ändra utvecklingsområde' : 'Nytt utvecklingsområde'} open={open} dirty={dirty} onClose={onClose} conflict={conflict}>
      {(requestClose) => (
        <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
          <ErrorMessage text={conflict ? null : failure?.message ?? null} />
          <Field label="Namn" error={failure?.fields.name}>
            <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} aria-required="true" />
          </Field>
          <Field label="Beskrivning" error={failure?.fields.description}>
            <textarea rows={3} value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
          </Field>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={requestClose}>Avbryt</button>
            <button type="submit" className="button button-primary" disabled={saving}>{area ? 'Spara' : 'Lägg till'}</button>
          </div>
        </form>
      )}
    </FormDialog>
  );
}
