import type { AuditQuestion } from '@shared/domain/types';
import { Field } from '@renderer/components/Field';
import { ErrorMessage } from '@renderer/components/Message';
import { FormDialog } from '@renderer/components/FormDialog';
import { AssessmentSelect } from './AssessmentSelect';
import { useAuditStore } from './auditStore';
import { FormButtons } from './FormButtons';
import { useDraftForm } from '@renderer/hooks/useDraftForm';

const FIELDS = ['question', 'assessment', 'motivation'];

/** Ny revisionsfråga (question = null) or change one: the question, Ja/Delvis/Nej and why. */
export function QuestionForm({ question, open, onClose }: { question: AuditQuestion | null; open: boolean; onClose: () => void }) {
  const saveQuestion = useAuditStore((s) => s.saveQuestion);
  const { draft, update, failure, saving, dirty, submit, form, conflict } = useDraftForm({
    initial: { question: question?.question ?? '', assessment: question?.assessment ?? null, motivation: question?.motivation ?? '' },
    open, fields: FIELDS, onClose, save: (d, version) => saveQuestion(question?.id ?? null, d, version),
    version: question?.version, labels: { question: 'Revisionsfråga', assessment: 'Bedömning', motivation: 'Motivering' },
  });
  return (
    <FormDialog title={question ? 'Ändra revisionsfråga' : 'Ny revisionsfråga'} open={open} dirty={dirty} onClose={onClose} wide conflict={conflict}>
      {(requestClose) => (
        <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
          <ErrorMessage text={failure?.message ?? null} />
          <Field label="Revisionsfråga" error={failure?.fields.question}>
            <textarea rows={2} value={draft.question} onChange={(e) => update({ question: e.target.value })} aria-required="true" />
          </Field>
          <Field label="Bedömning" error={failure?.fields.assessment}>
            <AssessmentSelect value={draft.assessment} onChange={(assessment) => update({ assessment })} />
          </Field>
          <Field label="Motivering" error={failure?.fields.motivation}>
            <textarea rows={4} value={draft.motivation} onChange={(e) => update({ motivation: e.target.value })} />
          </Field>
          <FormButtons onCancel={requestClose} saving={saving} label={question ? 'Spara' : 'Lägg till'} />
        </form>
      )}
    </FormDialog>
  );
}
