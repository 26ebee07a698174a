import type { Area, Plan, Recommendation } from '@shared/domain/types';
import { DateInput } from '@renderer/components/DateInput';
import { Field } from '@renderer/components/Field';
import { ErrorMessage } from '@renderer/components/Message';
import { FormDialog } from '@renderer/components/FormDialog';
import { useAuditStore } from './auditStore';
import { FormButtons } from './FormButtons';
import { useDraftForm } from '@renderer/hooks/useDraftForm';

const FIELDS = ['areaId', 'bodyId', 'number', 'title', 'deadline'];

/** The recommendation's first sentence, as the main process would choose it; the user may change it. */
function suggestedTitle(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const sentence = /^(.+?[.!?])(\s|$)/.exec(flat)?.[1] ?? flat;
  return sentence.replace(/\.$/, '').slice(0, 300);
}

/**
 * "Skapa åtgärd av rekommendationen": a new åtgärd in the chosen område with the recommendation's
 * text and the chosen nämnd as huvudansvarig, linked to the recommendation — one step, one Ctrl+Z.
 */
export function CreateActionForm({ recommendation, number, plans, areas, defaultPlanId, open, onClose }: {
  recommendation: Recommendation;
  number: number;
  plans: Plan[];
  areas: Area[];
  defaultPlanId: number | null;
  open: boolean;
  onClose: () => void;
}) {
  const createActionFrom = useAuditStore((s) => s.createActionFrom);
  const firstAddressee = recommendation.addressees[0];
  const { draft, update, failure, saving, dirty, submit, form } = useDraftForm({
    initial: {
      areaId: (areas.find((a) => a.planId === defaultPlanId) ?? areas[0])?.id ?? 0,
      bodyId: firstAddressee?.bodyId ?? 0,
      number: '',
      title: suggestedTitle(recommendation.text),
      deadline: firstAddressee?.deadline ?? null,
    },
    open, fields: FIELDS, onClose,
    save: (d) => createActionFrom({ ...d, recommendationId: recommendation.id, title: d.title.trim() === '' ? null : d.title }),
  });
  const chooseBody = (bodyId: number): void => {
    update({ bodyId, deadline: recommendation.addressees.find((a) => a.bodyId === bodyId)?.deadline ?? draft.deadline });
  };
  return (
    <FormDialog title={`Skapa åtgärd av rekommendation ${number}`} open={open} dirty={dirty} onClose={onClose} wide>
      {(requestClose) => (
        <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
          <ErrorMessage text={failure?.message ?? null} />
          <blockquote className="audit-quote">{recommendation.text}</blockquote>
          <div className="form-row">
            <Field label="Utvecklingsområde" error={failure?.fields.areaId}>
              <select value={draft.areaId} onChange={(e) => update({ areaId: Number(e.target.value) })}>
                {plans.map((plan) => (
                  <optgroup key={plan.id} label={plan.name}>
                    {areas.filter((a) => a.planId === plan.id).map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
                  </optgroup>
                ))}
              </select>
            </Field>
            <Field label="Huvudansvarig" error={failure?.fields.bodyId}>
              <select value={draft.bodyId} onChange={(e) => chooseBody(Number(e.target.value))}>
                {recommendation.addressees.map((a) => <option key={a.bodyId} value={a.bodyId}>{a.bodyName}</option>)}
              </select>
            </Field>
          </div>
          <div className="form-row">
            <Field label="Nummer" hint="T.ex. 6.7" error={failure?.fields.number}>
              <input className="input-short" value={draft.number} onChange={(e) => update({ number: e.target.value })} />
            </Field>
            <Field label="Klart senast" error={failure?.fields.deadline}>
              <DateInput value={draft.deadline} onChange={(deadline) => update({ deadline })} />
            </Field>
          </div>
          <Field label="Titel" hint="Rekommendationens hela text blir åtgärdens beskrivning" error={failure?.fields.title}>
            <input value={draft.title} onChange={(e) => update({ title: e.target.value })} />
          </Field>
          <FormButtons onCancel={requestClose} saving={saving} label="Skapa åtgärd" />
        </form>
      )}
    </FormDialog>
  );
}
