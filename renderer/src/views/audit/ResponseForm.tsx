import { REPORTED_STATUSES, type ReportedStatus } from '@shared/domain/status';
import type { RecommendationResponse } from '@shared/domain/types';
import { STATUS_LABEL } from '@shared/labels';
import { DateInput } from '@renderer/components/DateInput';
import { Field } from '@renderer/components/Field';
import { ErrorMessage } from '@renderer/components/Message';
import { FormDialog } from '@renderer/components/FormDialog';
import { useAuditStore } from './auditStore';
import { FormButtons } from './FormButtons';
import { useDraftForm } from '@renderer/hooks/useDraftForm';

const FIELDS = ['response', 'plannedMeasures', 'responsible', 'deadline', 'status'];

/** The nämnd's svar to one recommendation: the answer, what it will do, who, by when, and where it stands. */
export function ResponseForm({ response, recommendationNumber, open, onClose }: {
  response: RecommendationResponse;
  recommendationNumber: number;
  open: boolean;
  onClose: () => void;
}) {
  const saveResponse = useAuditStore((s) => s.saveResponse);
  const { draft, update, failure, saving, dirty, submit, form, conflict } = useDraftForm({
    initial: {
      response: response.response, plannedMeasures: response.plannedMeasures, responsible: response.responsible,
      deadline: response.deadline, status: response.status,
    },
    open, fields: FIELDS, onClose, save: (d, version) => saveResponse(response.recommendationId, response.bodyId, d, version),
    version: response.version, labels: { response: 'Svar', plannedMeasures: 'Planerade åtgärder', responsible: 'Ansvarig', deadline: 'Klart senast', status: 'Status' },
  });
  return (
    <FormDialog title={`Svar från ${response.bodyName} på rekommendation ${recommendationNumber}`} open={open} dirty={dirty} onClose={onClose} wide conflict={conflict}>
      {(requestClose) => (
        <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
          <ErrorMessage text={failure?.message ?? null} />
          <Field label="Svar" hint="Nämndens svar (yttrande) på rekommendationen" error={failure?.fields.response}>
            <textarea rows={5} value={draft.response} onChange={(e) => update({ response: e.target.value })} />
          </Field>
          <Field label="Planerade åtgärder" error={failure?.fields.plannedMeasures}>
            <textarea rows={3} value={draft.plannedMeasures} onChange={(e) => update({ plannedMeasures: e.target.value })} />
          </Field>
          <div className="form-row">
            <Field label="Ansvarig" hint="Funktion eller person" error={failure?.fields.responsible}>
              <input value={draft.responsible} onChange={(e) => update({ responsible: e.target.value })} />
            </Field>
            <Field label="Klart senast" error={failure?.fields.deadline}>
              <DateInput value={draft.deadline} onChange={(deadline) => update({ deadline })} />
            </Field>
            <Field label="Status" error={failure?.fields.status}>
              <select value={draft.status} onChange={(e) => update({ status: e.target.value as ReportedStatus })}>
                {REPORTED_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABEL[s]}</option>)}
              </select>
            </Field>
          </div>
          <FormButtons onCancel={requestClose} saving={saving} label="Spara svar" />
        </form>
      )}
    </FormDialog>
  );
}
