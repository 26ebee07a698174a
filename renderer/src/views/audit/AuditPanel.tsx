import { useState } from 'react';
import type { AuditDetail } from '@shared/domain/types';
import { useDeleteConfirm } from '@renderer/hooks/useDeleteConfirm';
import { AuditFacts } from './AuditFacts';
import { AuditForm } from './AuditForm';
import { useAuditData, useAuditStore } from './auditStore';
import { QuestionSection } from './QuestionSection';
import { RecommendationSection } from './RecommendationSection';
import { ResponseExport } from './ResponseExport';

/** One granskning in full: facts, syfte, sammanfattande bedömning, revisionsfrågor, rekommendationer, svar. */
export function AuditPanel({ audit, defaultPlanId, today, readOnly }: {
  audit: AuditDetail;
  defaultPlanId: number | null;
  today: string;
  readOnly: boolean;
}) {
  const { bodies } = useAuditData();
  const { deleteAudit, deleteImpact } = useAuditStore();
  const [editing, setEditing] = useState(false);
  const { ask, dialog } = useDeleteConfirm();
  return (
    <article className="audit-panel" aria-labelledby="audit-title">
      <div className="audit-panel-head">
        <h2 id="audit-title">{audit.title}</h2>
        {!readOnly && (
          <div className="audit-buttons">
            <button type="button" className="button button-small" onClick={() => setEditing(true)}>Ändra granskning</button>
            <button type="button" className="button button-small button-danger-outline"
              onClick={() => void ask({ title: 'Ta bort granskningen?', impact: () => deleteImpact('audit', audit.id), remove: () => deleteAudit(audit.id), done: 'Granskningen togs bort.' })}>
              Ta bort
            </button>
          </div>
        )}
      </div>
      <AuditFacts audit={audit} bodies={bodies} today={today} />
      {audit.purpose && (
        <>
          <h3>Syfte</h3>
          <p className="audit-prose">{audit.purpose}</p>
        </>
      )}
      {audit.summaryAssessment && (
        <>
          <h3>Sammanfattande bedömning</h3>
          <p className="audit-prose">{audit.summaryAssessment}</p>
        </>
      )}
      <QuestionSection questions={audit.questions} readOnly={readOnly} />
      <RecommendationSection audit={audit} defaultPlanId={defaultPlanId} today={today} readOnly={readOnly} />
      <ResponseExport audit={audit} />
      <AuditForm audit={audit} bodies={bodies} open={editing} onClose={() => setEditing(false)} />
      {dialog}
    </article>
  );
}
