import { useId, useState, type FormEvent } from 'react';
import { ASSESSMENTS, type Assessment } from '@shared/domain/status';
import { ASSESSMENT_LABEL } from '@shared/labels';
import type { EditorQuestion } from '@shared/report/model';

export interface QuestionDraft {
  question: string;
  /** '' on the standard question: the rule's suggestion. */
  assessment: Assessment | '';
  motivation: string;
}

/**
 * Writes one question of Vår bedömning: its wording, Ja/Delvis/Nej and the motivering. On the
 * standard question the answer may be left to the rule, and its suggested reason is the starting text.
 */
export function QuestionForm({ question, error, busy, onSave, onCancel }: {
  question: EditorQuestion | null;
  error: string | null;
  busy: boolean;
  onSave: (draft: QuestionDraft) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const rule = question?.suggested ?? null;
  const [draft, setDraft] = useState<QuestionDraft>(() => ({
    question: question?.question ?? '',
    assessment: question === null ? '' : question.followsRule && rule && question.answer === rule.answer && question.motivation === rule.reason ? '' : question.answer,
    motivation: question?.motivation ?? '',
  }));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onSave(draft);
  };
  return (
    <form className="report-question-form" onSubmit={submit} noValidate aria-label={question ? 'Ändra frågan' : 'Ny fråga'}>
      <label htmlFor={`${id}-q`}>Fråga</label>
      <textarea id={`${id}-q`} rows={2} value={draft.question} autoFocus onChange={(e) => setDraft({ ...draft, question: e.target.value })} />
      <label htmlFor={`${id}-a`}>Svar</label>
      <select id={`${id}-a`} value={draft.assessment} onChange={(e) => setDraft({ ...draft, assessment: e.target.value as Assessment | '' })}>
        {rule ? <option value="">Regelns förslag ({ASSESSMENT_LABEL[rule.answer]})</option> : <option value="">Välj Ja, Delvis eller Nej</option>}
        {ASSESSMENTS.map((a) => <option key={a} value={a}>{ASSESSMENT_LABEL[a]}</option>)}
      </select>
      <label htmlFor={`${id}-m`}>Motivering</label>
      <textarea id={`${id}-m`} rows={5} value={draft.motivation} onChange={(e) => setDraft({ ...draft, motivation: e.target.value })} />
      {error && <p className="error" role="alert">{error}</p>}
      <div className="report-field-actions">
        <button type="submit" className="button button-primary" disabled={busy}>Spara frågan</button>
        <button type="button" className="button" onClick={onCancel}>Avbryt</button>
      </div>
    </form>
  );
}
