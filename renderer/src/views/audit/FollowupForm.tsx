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

const FIELDS = ['reportedOn', 'status', 'comment', 'reportedBy'];

/** A dated follow-up of the nämnd's work on a recommendation; it becomes the nämnd's current status. */
export function FollowupForm({ response, today, open, onClose }: {
  response: RecommendationResponse;
  today: string;
  open: boolean;
  onClose: () => void;
}) {
  const addFollowup = useAuditStore((s) => s.addFollowup);
  const { draft, update, failure, saving, dirty, submit, form } = useDraftForm({
    initial: { reportedOn: today as string | null, status: response.status, comment: '', reportedBy: '' },
    open, fields: FIELDS, onClose,
    // An empty date is sent as is, so the main process names the field in its refusal.
    save: (d) => addFollowup(response.recommendationId, response.bodyId, { ...d, reportedOn: d.reportedOn ?? '' }),
  });
  return (
    <FormDialog title={`Ny uppföljning – ${response.bodyName}`} open={open} dirty={dirty} onClose={onClose}>
      {(requestClose) => (
        <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
          <ErrorMessage text={failure?.message ?? null} />
          <div className="form-row">
            <Field label="Datum" error={failure?.fields.reportedOn}>
              <DateInput value={draft.reportedOn} onChange={(reportedOn) => update({ reportedOn })} required />
            </Field>
            <Field label="Status" error={failure?.fields.status}>
              <select value={draft.status} onChange={(e) => update({ status: e.target.value as ReportedStatus })}>
                {REPORTED_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABEL[s]}</option>)}
              </select>
            </Field>
          </div>
          <Field label="Kommentar" error={failure?.fields.comment}>
            <textarea rows={4} value={draft.comment} onChange={(e) => update({ comment: e.target.value })} />
          </Field>
          <Field label="Rapporterad av" error={failure?.fields.reportedBy}>
            <input value={draft.reportedBy} onChange={(e) => update({ reportedBy: e.target.value })} />
          </Field>
          <FormButtons onCancel={requestClose} saving={saving} label="Spara uppföljning" />
        </form>
      )}
    </FormDialog>
  );
}
