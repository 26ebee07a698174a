import { useState, type FormEvent } from 'react';
import type { Action, Area, Body } from '@shared/domain/types';
import { DateInput } from '@renderer/components/DateInput';
import { Field } from '@renderer/components/Field';
import { ErrorMessage } from '@renderer/components/Message';
import { actionWrites } from '@renderer/stores/actionStore';
import { useNoticeStore } from '@renderer/stores/noticeStore';
import { actionName } from './actionName';
import { FormDialog } from '@renderer/components/FormDialog';
import { useFormSave, useResetOnOpen } from '@renderer/hooks/formState';
import { ResponsibleEditor, type ResponsibleDraft } from './ResponsibleEditor';
import { conflictChoice, useEditVersion, formatPlainValue, type FormatValue } from '@renderer/hooks/editConflict';

interface ActionDraft {
  areaId: number;
  number: string;
  title: string;
  description: string;
  proposedMeasures: string;
  startDate: string | null;
  deadline: string | null;
  indicatorText: string;
  responsible: ResponsibleDraft[];
}

const FIELDS = ['areaId', 'number', 'title', 'description', 'proposedMeasures', 'startDate', 'deadline', 'indicatorText', 'responsible'] as const;

function toDraft(action: Action | null, areaId: number): ActionDraft {
  if (!action) {
    return { areaId, number: '', title: '', description: '', proposedMeasures: '', startDate: null, deadline: null, indicatorText: '', responsible: [] };
  }
  return {
    areaId: action.areaId, number: action.number, title: action.title, description: action.description,
    proposedMeasures: action.proposedMeasures, startDate: action.startDate, deadline: action.deadline,
    indicatorText: action.indicatorText, responsible: action.responsible.map((r) => ({ bodyId: r.bodyId, role: r.role })),
  };
}

/** As the form names its fields: the conflict panel lists them so. */
const LABELS: Record<(typeof FIELDS)[number], string> = {
  areaId: 'Utvecklingsområde', number: 'Nummer', title: 'Titel', description: 'Beskrivning', proposedMeasures: 'Förslag på insatser',
  startDate: 'Start', deadline: 'Klart senast', indicatorText: 'Indikator/mål', responsible: 'Ansvariga',
};

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The fields that differ from what was loaded: an edit sends only those. */
function changes(initial: ActionDraft, draft: ActionDraft): Partial<ActionDraft> {
  return Object.fromEntries(FIELDS.filter((f) => !same(initial[f], draft[f])).map((f) => [f, draft[f]]));
}

/**
 * New åtgärd (action = null) or edit one: every field, several ansvariga with exactly one
 * huvudansvarig. What is valid is decided by the main process; its messages go beside the fields.
 */
export function ActionForm({ action, areas, bodies, defaultAreaId, open, onClose, onSaved }: {
  action: Action | null;
  areas: Area[];
  bodies: Body[];
  defaultAreaId: number | null;
  open: boolean;
  onClose: () => void;
  onSaved: (action: Action) => void;
}) {
  const { createAction, updateAction } = actionWrites;
  const initial = toDraft(action, defaultAreaId ?? areas[0]?.id ?? 0);
  const [draft, setDraft] = useState(initial);
  const { failure, clearFailure, saving, form, run, error } = useFormSave(FIELDS);
  const { version, setVersion } = useEditVersion(action?.version, open);
  useResetOnOpen(open, () => {
    setDraft(initial);
    clearFailure();
  });
  const patch = changes(initial, draft);
  const dirty = Object.keys(patch).length > 0;
  const set = (change: Partial<ActionDraft>): void => setDraft((d) => ({ ...d, ...change }));

  const save = async (onVersion: number | undefined): Promise<void> => {
    await run(async () => {
      const saved = action ? await updateAction(action.id, patch, onVersion) : await createAction(draft);
      useNoticeStore.getState().show(action ? 'Åtgärden sparades.' : 'Åtgärden lades till.');
      onSaved(saved);
    });
  };
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (action && !dirty) return onClose();
    await save(version);
  };

  // Someone else saved this åtgärd after it was opened: their values beside these, then merge.
  const formatValue: FormatValue = (field, value) => {
    if (field === 'areaId') return areas.find((a) => a.id === value)?.name ?? formatPlainValue(field, value);
    if (field === 'responsible' && Array.isArray(value)) {
      return (value as ResponsibleDraft[]).map((r) => `${bodies.find((b) => b.id === r.bodyId)?.name ?? r.bodyId} (${r.role})`).join(', ') || '(tomt)';
    }
    return formatPlainValue(field, value);
  };
  const conflict = conflictChoice(failure, {
    mine: patch, labels: LABELS, format: formatValue, saving, setVersion, clearFailure,
    takeTheirs: (theirs) => set(Object.fromEntries(Object.entries(theirs).filter(([f]) => (FIELDS as readonly string[]).includes(f))) as Partial<ActionDraft>),
    save: (onVersion) => void save(onVersion),
  });

  // Inactive nämnder are offered only where they are already responsible.
  const offered = bodies.filter((b) => b.active || draft.responsible.some((r) => r.bodyId === b.id));

  return (
    <FormDialog title={action ? `Redigera ${actionName(action)}` : 'Ny åtgärd'} open={open} dirty={dirty} onClose={onClose} wide conflict={conflict}>
      {(requestClose) => (
        <form ref={form} onSubmit={(e) => void submit(e)} noValidate className="action-form">
          <ErrorMessage text={conflict ? null : failure?.message ?? null} />
          <div className="form-row">
            <Field label="Utvecklingsområde" error={error('areaId')}>
              <select value={draft.areaId} onChange={(e) => set({ areaId: Number(e.target.value) })}>
                {areas.map((a, i) => <option key={a.id} value={a.id}>{i + 1}. {a.name}</option>)}
              </select>
            </Field>
            <Field label="Nummer" error={error('number')} hint="Till exempel 2.3">
              <input className="input-short" value={draft.number} onChange={(e) => set({ number: e.target.value })} />
            </Field>
          </div>
          <Field label="Titel" error={error('title')}>
            <input value={draft.title} onChange={(e) => set({ title: e.target.value })} aria-required="true" />
          </Field>
          <Field label="Beskrivning" error={error('description')}>
            <textarea rows={3} value={draft.description} onChange={(e) => set({ description: e.target.value })} />
          </Field>
          <Field label="Förslag på insatser" error={error('proposedMeasures')}>
            <textarea rows={3} value={draft.proposedMeasures} onChange={(e) => set({ proposedMeasures: e.target.value })} />
          </Field>
          <div className="form-row">
            <Field label="Start" error={error('startDate')}>
              <DateInput value={draft.startDate} onChange={(startDate) => set({ startDate })} />
            </Field>
            <Field label="Klart senast" error={error('deadline')} hint="Tomt betyder Löpande">
              <DateInput value={draft.deadline} onChange={(deadline) => set({ deadline })} />
            </Field>
          </div>
          <Field label="Indikator/mål" error={error('indicatorText')} hint="Hur vi ser att åtgärden gett resultat, om det finns ett mått">
            <textarea rows={2} value={draft.indicatorText} onChange={(e) => set({ indicatorText: e.target.value })} />
          </Field>
          <ResponsibleEditor value={draft.responsible} onChange={(responsible) => set({ responsible })} bodies={offered} error={error('responsible')} />
          <div className="dialog-actions">
            <button type="button" className="button" onClick={requestClose}>Avbryt</button>
            <button type="submit" className="button button-primary" disabled={saving}>{action ? 'Spara' : 'Lägg till åtgärden'}</button>
          </div>
        </form>
      )}
    </FormDialog>
  );
}
