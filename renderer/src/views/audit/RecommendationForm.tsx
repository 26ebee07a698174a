import type { Body, Recommendation } from '@shared/domain/types';
import { Field } from '@renderer/components/Field';
import { ErrorMessage } from '@renderer/components/Message';
import { FormDialog } from '@renderer/components/FormDialog';
import { useAuditStore } from './auditStore';
import { BodyChecklist } from './BodyChecklist';
import { FormButtons } from './FormButtons';
import { useDraftForm } from '@renderer/hooks/useDraftForm';
import { bodyNames } from '@renderer/hooks/editConflict';

const FIELDS = ['text', 'bodyIds'];

/**
 * Ny rekommendation (recommendation = null) or change one: the auditors' words and the nämnder it
 * is addressed to. The granskade nämnder are ticked for a new one, as audits usually address them all.
 */
export function RecommendationForm({ recommendation, bodies, auditedBodyIds, open, onClose }: {
  recommendation: Recommendation | null;
  bodies: Body[];
  auditedBodyIds: number[];
  open: boolean;
  onClose: () => void;
}) {
  const saveRecommendation = useAuditStore((s) => s.saveRecommendation);
  const { draft, update, failure, saving, dirty, submit, form, conflict } = useDraftForm({
    initial: { text: recommendation?.text ?? '', bodyIds: recommendation?.addressees.map((a) => a.bodyId) ?? auditedBodyIds },
    open, fields: FIELDS, onClose, save: (d, version) => saveRecommendation(recommendation?.id ?? null, d, version),
    version: recommendation?.version, labels: { text: 'Rekommendation', bodyIds: 'Riktad till' }, format: bodyNames(bodies),
  });
  return (
    <FormDialog title={recommendation ? 'Ändra rekommendation' : 'Ny rekommendation'} open={open} dirty={dirty} onClose={onClose} wide conflict={conflict}>
      {(requestClose) => (
        <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
          <ErrorMessage text={failure?.message ?? null} />
          <Field label="Rekommendation" hint="Revisorernas text, ordagrant" error={failure?.fields.text}>
            <textarea rows={4} value={draft.text} onChange={(e) => update({ text: e.target.value })} aria-required="true" />
          </Field>
          <BodyChecklist legend="Riktas till" bodies={bodies} chosen={draft.bodyIds} onChange={(bodyIds) => update({ bodyIds })}
            error={failure?.fields.bodyIds} />
          {recommendation && <p className="field-hint">En nämnd som tas bort här tas bort med sitt svar och sina uppföljningar.</p>}
          <FormButtons onCancel={requestClose} saving={saving} label={recommendation ? 'Spara' : 'Lägg till'} />
        </form>
      )}
    </FormDialog>
  );
}
