import type { Audit, Body } from '@shared/domain/types';
import { DateInput } from '@renderer/components/DateInput';
import { Field } from '@renderer/components/Field';
import { ErrorMessage } from '@renderer/components/Message';
import { FormDialog } from '@renderer/components/FormDialog';
import { useAuditStore, type AuditFields } from './auditStore';
import { BodyChecklist } from './BodyChecklist';
import { FormButtons } from './FormButtons';
import { useDraftForm } from '@renderer/hooks/useDraftForm';
import { bodyNames } from '@renderer/hooks/editConflict';

const LABELS = {
  title: 'Titel', auditor: 'Granskare', reportDate: 'Rapportdatum', diaryNumber: 'Diarienummer', purpose: 'Syfte',
  summaryAssessment: 'Sammanfattande bedömning', answerDue: 'Svar senast', auditedBodyIds: 'Granskade nämnder',
};

const FIELDS = ['title', 'auditor', 'reportDate', 'diaryNumber', 'purpose', 'summaryAssessment', 'answerDue', 'auditedBodyIds'];

function fieldsOf(audit: Audit | null): Required<AuditFields> {
  return {
    title: audit?.title ?? '', auditor: audit?.auditor ?? '', reportDate: audit?.reportDate ?? null,
    diaryNumber: audit?.diaryNumber ?? '', purpose: audit?.purpose ?? '', summaryAssessment: audit?.summaryAssessment ?? '',
    answerDue: audit?.answerDue ?? null, auditedBodyIds: audit?.auditedBodyIds ?? [],
  };
}

/** Registrera granskning (audit = null) or change one: the report's facts and who was audited. */
export function AuditForm({ audit, bodies, open, onClose }: { audit: Audit | null; bodies: Body[]; open: boolean; onClose: () => void }) {
  const saveAudit = useAuditStore((s) => s.saveAudit);
  const { draft, update, failure, saving, dirty, submit, form, conflict } = useDraftForm({
    initial: fieldsOf(audit), open, fields: FIELDS, onClose, save: (d, version) => saveAudit(audit?.id ?? null, d, version),
    version: audit?.version, labels: LABELS, format: bodyNames(bodies),
  });
  return (
    <FormDialog title={audit ? 'Ändra granskning' : 'Registrera granskning'} open={open} dirty={dirty} onClose={onClose} wide conflict={conflict}>
      {(requestClose) => (
        <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
          <ErrorMessage text={failure?.message ?? null} />
          <Field label="Titel" error={failure?.fields.title}>
            <input value={draft.title} onChange={(e) => update({ title: e.target.value })} aria-required="true" />
          </Field>
          <Field label="Granskare" hint="Revisorerna eller revisionsbyrån, t.ex. ”EY på uppdrag av de förtroendevalda revisorerna”" error={failure?.fields.auditor}>
            <input value={draft.auditor} onChange={(e) => update({ auditor: e.target.value })} />
          </Field>
          <div className="form-row">
            <Field label="Rapportdatum" error={failure?.fields.reportDate}>
              <DateInput value={draft.reportDate} onChange={(reportDate) => update({ reportDate })} />
            </Field>
            <Field label="Diarienummer" error={failure?.fields.diaryNumber}>
              <input className="input-short" value={draft.diaryNumber} onChange={(e) => update({ diaryNumber: e.target.value })} />
            </Field>
            <Field label="Svar senast" hint="När revisorerna vill ha nämndernas svar" error={failure?.fields.answerDue}>
              <DateInput value={draft.answerDue} onChange={(answerDue) => update({ answerDue })} />
            </Field>
          </div>
          <BodyChecklist legend="Granskade nämnder" bodies={bodies} chosen={draft.auditedBodyIds}
            onChange={(auditedBodyIds) => update({ auditedBodyIds })} error={failure?.fields.auditedBodyIds} />
          <Field label="Syfte" error={failure?.fields.purpose}>
            <textarea rows={3} value={draft.purpose} onChange={(e) => update({ purpose: e.target.value })} />
          </Field>
          <Field label="Sammanfattande bedömning" error={failure?.fields.summaryAssessment}>
            <textarea rows={4} value={draft.summaryAssessment} onChange={(e) => update({ summaryAssessment: e.target.value })} />
          </Field>
          <FormButtons onCancel={requestClose} saving={saving} label={audit ? 'Spara' : 'Registrera'} />
        </form>
      )}
    </FormDialog>
  );
}
