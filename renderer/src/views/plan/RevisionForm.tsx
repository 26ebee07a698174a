import { useState, type FormEvent } from 'react';
import { DateInput } from '@renderer/components/DateInput';
import { Field } from '@renderer/components/Field';
import { ErrorMessage } from '@renderer/components/Message';
import { useNoticeStore } from '@renderer/stores/noticeStore';
import { revisionWrites } from '@renderer/stores/revisionStore';
import { FormDialog } from '@renderer/components/FormDialog';
import { useFormSave, useResetOnOpen } from '@renderer/hooks/formState';

const FIELDS = ['revisedOn', 'decidedBy', 'diaryNumber', 'changes'] as const;
const EMPTY = { revisedOn: null as string | null, decidedBy: '', diaryNumber: '', changes: '' };

/** Records a revision of the plan: when it was decided, by whom, under which diarienummer and what changed. */
export function RevisionForm({ planId, open, onClose }: { planId: number; open: boolean; onClose: () => void }) {
  const [draft, setDraft] = useState(EMPTY);
  const { failure, clearFailure, saving, form, run, error } = useFormSave(FIELDS);
  useResetOnOpen(open, () => {
    setDraft(EMPTY);
    clearFailure();
  });
  const dirty = draft.revisedOn !== null || draft.decidedBy !== '' || draft.diaryNumber !== '' || draft.changes !== '';
  const set = (changes: Partial<typeof EMPTY>): void => setDraft((d) => ({ ...d, ...changes }));

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    await run(async () => {
      // An empty date goes as typed, so the main process names the field in its refusal.
      await revisionWrites.create({ planId, ...draft, revisedOn: draft.revisedOn ?? '' });
      useNoticeStore.getState().show('Revideringen sparades.');
      onClose();
    });
  };

  return (
    <FormDialog title="Ny revidering av planen" open={open} dirty={dirty} onClose={onClose}>
      {(requestClose) => (
        <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
          <ErrorMessage text={failure?.message ?? null} />
          <div className="form-row">
            <Field label="Datum för revideringen" error={error('revisedOn')} hint="Datum för beslutet">
              <DateInput value={draft.revisedOn} onChange={(revisedOn) => set({ revisedOn })} required />
            </Field>
            <Field label="Diarienummer" error={error('diaryNumber')}>
              <input value={draft.diaryNumber} onChange={(e) => set({ diaryNumber: e.target.value })} />
            </Field>
          </div>
          <Field label="Beslutad av" error={error('decidedBy')} hint="Till exempel Kommunfullmäktige">
            <input value={draft.decidedBy} onChange={(e) => set({ decidedBy: e.target.value })} />
          </Field>
          <Field label="Vad ändrades" error={error('changes')}>
            <textarea rows={4} value={draft.changes} onChange={(e) => set({ changes: e.target.value })} />
          </Field>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={requestClose}>Avbryt</button>
            <button type="submit" className="button button-primary" disabled={saving}>Spara</button>
          </div>
        </form>
      )}
    </FormDialog>
  );
}
