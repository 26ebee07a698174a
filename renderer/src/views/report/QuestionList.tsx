import { useState } from 'react';
import { ASSESSMENT_LABEL } from '@shared/labels';
import type { Assessment } from '@shared/domain/status';
import type { EditorQuestion } from '@shared/report/model';
import { useReportStore } from '@renderer/stores/reportStore';
import { QuestionForm, type QuestionDraft } from './QuestionForm';
import { useRun } from './useRun';

/** What an edited standard question saves: null wherever it says what the rule and the standard wording say. */
function standardContent(question: EditorQuestion, draft: QuestionDraft) {
  const rule = question.suggested;
  const wording = question.changed || draft.question.trim() !== question.question ? draft.question : null;
  return {
    question: wording,
    assessment: draft.assessment === '' ? null : draft.assessment,
    motivation: draft.assessment === '' && rule && draft.motivation.trim() === rule.reason ? null : draft.motivation,
  };
}

/** Vår bedömning of one område for the year: its questions, each changeable and removable, and a new one. */
export function QuestionList({ areaId, areaName, questions }: { areaId: number; areaName: string; questions: EditorQuestion[] }) {
  const writes = useReportStore((s) => s.judgement);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const { error, busy, run } = useRun();
  const save = (question: EditorQuestion | null) => async (draft: QuestionDraft) => {
    const ok = await run(() => {
      if (question === null) {
        // An unchosen answer goes as it is, so the main process names the field in its refusal.
        return writes.createQuestion({ areaId, question: draft.question, assessment: draft.assessment as Assessment, motivation: draft.motivation });
      }
      const content = question.followsRule ? standardContent(question, draft)
        : { question: draft.question, assessment: draft.assessment === '' ? null : draft.assessment, motivation: draft.motivation };
      return writes.updateQuestion({ areaId, id: question.id, version: question.version, ...content });
    });
    if (ok) setEditing(null);
  };
  const key = (q: EditorQuestion, i: number) => q.id ?? -1 - i;

  return (
    <div className="report-questions">
      <h4>Vår bedömning</h4>
      <ol className="report-question-list">
        {questions.map((q, i) => (
          <li key={key(q, i)} data-question-id={q.id ?? 'standard'}>
            {editing === key(q, i) ? (
              <QuestionForm question={q} error={error} busy={busy} onSave={(d) => void save(q)(d)} onCancel={() => setEditing(null)} />
            ) : (
              <>
                <p className="report-question-text">{q.question}</p>
                <p className="report-question-answer"><strong>{ASSESSMENT_LABEL[q.answer]}.</strong> {q.motivation}</p>
                <p className="report-field-state">{q.followsRule ? (q.changed ? 'Standardfrågan, med egna ord' : 'Standardfrågan, besvarad enligt regeln') : 'Egen fråga'}</p>
                <div className="report-field-actions">
                  <button type="button" className="button" onClick={() => setEditing(key(q, i))} aria-label={`Ändra frågan: ${q.question}`}>Ändra</button>
                  {q.followsRule && q.changed && (
                    <button type="button" className="button button-quiet" disabled={busy}
                      onClick={() => void run(() => writes.updateQuestion({ areaId, id: q.id, version: q.version, question: null, assessment: null, motivation: null }))}>
                      Återställ förslag
                    </button>
                  )}
                  <button type="button" className="button button-quiet" disabled={busy} aria-label={`Ta bort frågan: ${q.question}`}
                    onClick={() => void run(() => writes.deleteQuestion({ areaId, id: q.id }))}>Ta bort</button>
                </div>
              </>
            )}
          </li>
        ))}
      </ol>
      {editing === 'new'
        ? <QuestionForm question={null} error={error} busy={busy} onSave={(d) => void save(null)(d)} onCancel={() => setEditing(null)} />
        : <button type="button" className="button" onClick={() => setEditing('new')} aria-label={`Ny fråga inom ${areaName}`}>Ny fråga</button>}
      {editing === null && error && <p className="error" role="alert">{error}</p>}
    </div>
  );
}
