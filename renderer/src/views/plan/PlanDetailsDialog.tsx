import { useState, type FormEvent } from 'react';
import { conflictChoice, useEditVersion } from '@renderer/hooks/editConflict';
import type { FollowUpRhythm, Plan } from '@shared/domain/types';
import { RHYTHM_LABEL } from '@shared/labels';
import { FOLLOW_UP_RHYTHMS } from '@shared/domain/period';
import { DateInput } from '@renderer/components/DateInput';
import { Field } from '@renderer/components/Field';
import { ErrorMessage } from '@renderer/components/Message';
import { useNoticeStore } from '@renderer/stores/noticeStore';
import { planWrites } from '@renderer/stores/planStore';
import { FormDialog } from '@renderer/components/FormDialog';
import { useFormSave, useResetOnOpen } from '@renderer/hooks/formState';

/** The plan's details as the form edits them: numbers as typed text until saved. */
interface PlanDraft {
  name: string;
  municipality: string;
  periodStart: string;
  periodEnd: string;
  decidedBy: string;
  decidedOn: string | null;
  diaryNumber: string;
  overallGoal: string;
  revisionIntervalYears: string;
  followUpRhythm: FollowUpRhythm;
}

const FIELDS = ['name', 'municipality', 'periodStart', 'periodEnd', 'decidedBy', 'decidedOn', 'diaryNumber', 'overallGoal',
  'revisionIntervalYears', 'followUpRhythm'] as const;

/** As the form names its fields: the conflict panel lists them so. */
const LABELS: Record<(typeof FIELDS)[number], string> = {
  name: 'Namn', municipality: 'Kommun', periodStart: 'Period från (år)', periodEnd: 'Period till (år)', decidedBy: 'Beslutad av',
  decidedOn: 'Beslutsdatum', diaryNumber: 'Diarienummer', overallGoal: 'Övergripande mål', revisionIntervalYears: 'Revideras vart (år)',
  followUpRhythm: 'Uppföljningsrytm',
};

function toDraft(plan: Plan): PlanDraft {
  return {
    name: plan.name, municipality: plan.municipality, periodStart: plan.periodStart?.toString() ?? '',
    periodEnd: plan.periodEnd?.toString() ?? '', decidedBy: plan.decidedBy, decidedOn: plan.decidedOn,
    diaryNumber: plan.diaryNumber, overallGoal: plan.overallGoal,
    revisionIntervalYears: plan.revisionIntervalYears?.toString() ?? '', followUpRhythm: plan.followUpRhythm,
  };
}

/**
 * Empty means "not set". Text that is not a number goes to the main process as typed (JSON would
 * turn NaN into null and silently clear the field), and its Swedish message comes back.
 */
function toNumber(text: string): number | null {
  const value = text.trim();
  if (value === '') return null;
  const number = Number(value.replace(',', '.'));
  return (Number.isNaN(number) ? value : number) as number;
}

function changedFields(plan: Plan, draft: PlanDraft): Partial<Plan> {
  const next: Partial<Plan> = {
    ...draft,
    periodStart: toNumber(draft.periodStart), periodEnd: toNumber(draft.periodEnd),
    revisionIntervalYears: toNumber(draft.revisionIntervalYears),
  };
  return Object.fromEntries(FIELDS.filter((f) => next[f] !== plan[f]).map((f) => [f, next[f]]));
}

export function PlanDetailsDialog({ plan, open, onClose }: { plan: Plan; open: boolean; onClose: () => void }) {
  const { updatePlan } = planWrites;
  const [draft, setDraft] = useState(() => toDraft(plan));
  const { failure, clearFailure, saving, form, run, error } = useFormSave(FIELDS);
  const { version, setVersion } = useEditVersion(plan.version, open);
  // Each time the dialog opens it starts from the plan as it is now.
  useResetOnOpen(open, () => {
    setDraft(toDraft(plan));
    clearFailure();
  });
  const patch = changedFields(plan, draft);
  const dirty = Object.keys(patch).length > 0;
  const set = (changes: Partial<PlanDraft>): void => setDraft((d) => ({ ...d, ...changes }));

  const save = (onVersion: number | undefined) => run(async () => {
    await updatePlan(plan.id, patch as Parameters<typeof updatePlan>[1], onVersion);
    useNoticeStore.getState().show('Planens uppgifter sparades.');
    onClose();
  });
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!dirty) return onClose();
    await save(version);
  };
  // Someone else saved the plan's uppgifter after this was opened: their values beside these, then merge.
  const conflict = conflictChoice(failure, {
    mine: patch, labels: LABELS, saving, setVersion, clearFailure,
    takeTheirs: (theirs) => {
      const asDraft = toDraft({ ...plan, ...theirs });
      set(Object.fromEntries(Object.keys(theirs).filter((f) => f in LABELS).map((f) => [f, asDraft[f as keyof PlanDraft]])));
    },
    save: (onVersion) => void save(onVersion),
  });

  return (
    <FormDialog title="Redigera plan" open={open} dirty={dirty} onClose={onClose} wide conflict={conflict}>
      {(requestClose) => (
        <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
          <ErrorMessage text={conflict ? null : failure?.message ?? null} />
          <Field label="Namn" error={error('name')}>
            <input value={draft.name} onChange={(e) => set({ name: e.target.value })} aria-required="true" />
          </Field>
          <div className="form-row">
            <Field label="Kommun" error={error('municipality')}>
              <input value={draft.municipality} onChange={(e) => set({ municipality: e.target.value })} />
            </Field>
            <Field label="Period från (år)" error={error('periodStart')}>
              <input inputMode="numeric" className="input-year" value={draft.periodStart} onChange={(e) => set({ periodStart: e.target.value })} />
            </Field>
            <Field label="Period till (år)" error={error('periodEnd')}>
              <input inputMode="numeric" className="input-year" value={draft.periodEnd} onChange={(e) => set({ periodEnd: e.target.value })} />
            </Field>
          </div>
          <div className="form-row">
            <Field label="Beslutad av" error={error('decidedBy')} hint="Till exempel Kommunfullmäktige">
              <input value={draft.decidedBy} onChange={(e) => set({ decidedBy: e.target.value })} />
            </Field>
            <Field label="Beslutsdatum" error={error('decidedOn')}>
              <DateInput value={draft.decidedOn} onChange={(decidedOn) => set({ decidedOn })} />
            </Field>
            <Field label="Diarienummer" error={error('diaryNumber')}>
              <input value={draft.diaryNumber} onChange={(e) => set({ diaryNumber: e.target.value })} />
            </Field>
          </div>
          <Field label="Övergripande mål" error={error('overallGoal')}>
            <textarea rows={4} value={draft.overallGoal} onChange={(e) => set({ overallGoal: e.target.value })} />
          </Field>
          <div className="form-row">
            <Field label="Revideras vart (år)" error={error('revisionIntervalYears')} hint="Tomt om det inte är bestämt">
              <input inputMode="numeric" className="input-year" value={draft.revisionIntervalYears}
                onChange={(e) => set({ revisionIntervalYears: e.target.value })} />
            </Field>
            <Field label="Uppföljningsrytm" error={error('followUpRhythm')}>
              <select value={draft.followUpRhythm} onChange={(e) => set({ followUpRhythm: e.target.value as FollowUpRhythm })}>
                {FOLLOW_UP_RHYTHMS.map((r) => <option key={r} value={r}>{RHYTHM_LABEL[r]}</option>)}
              </select>
            </Field>
          </div>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={requestClose}>Avbryt</button>
            <button type="submit" className="button button-primary" disabled={saving}>Spara</button>
          </div>
        </form>
      )}
    </FormDialog>
  );
}
