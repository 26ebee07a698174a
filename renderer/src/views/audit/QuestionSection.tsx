import { useState } from 'react';
import type { AuditQuestion } from '@shared/domain/types';
import { useDeleteConfirm } from '@renderer/hooks/useDeleteConfirm';
import { AssessmentBadge } from './AssessmentSelect';
import { useAuditStore } from './auditStore';
import { QuestionForm } from './QuestionForm';

/** Revisionsfrågor with the auditors' Ja/Delvis/Nej and motivering, as in their "Vår bedömning" tables. */
export function QuestionSection({ questions, readOnly }: { questions: AuditQuestion[]; readOnly: boolean }) {
  const { deleteQuestion, deleteImpact } = useAuditStore();
  const [editing, setEditing] = useState<AuditQuestion | null>(null);
  const [open, setOpen] = useState(false);
  const { ask, dialog } = useDeleteConfirm();
  const edit = (question: AuditQuestion | null): void => {
    setEditing(question);
    setOpen(true);
  };
  return (
    <section aria-labelledby="audit-questions-heading" className="audit-section">
      <div className="audit-section-head">
        <h3 id="audit-questions-heading">Revisionsfrågor</h3>
        {!readOnly && <button type="button" className="button button-small" onClick={() => edit(null)}>Ny revisionsfråga</button>}
      </div>
      {questions.length === 0 ? <p className="muted">Inga revisionsfrågor är registrerade.</p> : (
        <table className="audit-questions">
          <thead>
            <tr>
              <th scope="col" className="audit-col-number">Nr</th>
              <th scope="col">Fråga</th>
              <th scope="col" className="audit-col-assessment">Bedömning</th>
              <th scope="col">Motivering</th>
              {!readOnly && <th scope="col" className="audit-col-buttons"><span className="visually-hidden">Ändra eller ta bort</span></th>}
            </tr>
          </thead>
          <tbody>
            {questions.map((q, index) => (
              <tr key={q.id}>
                <td>{index + 1}</td>
                <th scope="row" className="audit-question-text">{q.question}</th>
                <td><AssessmentBadge value={q.assessment} /></td>
                <td className="audit-prose">{q.motivation || <span className="muted">–</span>}</td>
                {!readOnly && (
                  <td className="audit-row-buttons">
                    <button type="button" className="link-button" onClick={() => edit(q)} aria-label={`Ändra revisionsfråga ${index + 1}`}>Ändra</button>
                    <button type="button" className="link-button" aria-label={`Ta bort revisionsfråga ${index + 1}`}
                      onClick={() => void ask({ title: 'Ta bort revisionsfrågan?', impact: () => deleteImpact('audit_question', q.id), remove: () => deleteQuestion(q.id), done: 'Revisionsfrågan togs bort.' })}>
                      Ta bort
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <QuestionForm question={editing} open={open} onClose={() => setOpen(false)} />
      {dialog}
    </section>
  );
}
