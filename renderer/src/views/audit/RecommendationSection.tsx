import { useState } from 'react';
import type { AuditDetail, Recommendation } from '@shared/domain/types';
import { useDeleteConfirm } from '@renderer/hooks/useDeleteConfirm';
import { useAuditData, useAuditStore } from './auditStore';
import { RecommendationCard } from './RecommendationCard';
import { RecommendationForm } from './RecommendationForm';

/** The granskning's recommendations, numbered in order, each with the nämndernas svar. */
export function RecommendationSection({ audit, defaultPlanId, today, readOnly }: {
  audit: AuditDetail;
  defaultPlanId: number | null;
  today: string;
  readOnly: boolean;
}) {
  const { bodies, plans, areas, actions, followups } = useAuditData();
  const { deleteRecommendation, deleteImpact } = useAuditStore();
  const [editing, setEditing] = useState<Recommendation | null>(null);
  const [open, setOpen] = useState(false);
  const { ask, dialog } = useDeleteConfirm();
  const edit = (recommendation: Recommendation | null): void => {
    setEditing(recommendation);
    setOpen(true);
  };
  return (
    <section aria-labelledby="audit-recommendations-heading" className="audit-section">
      <div className="audit-section-head">
        <h3 id="audit-recommendations-heading">Rekommendationer</h3>
        {!readOnly && <button type="button" className="button button-small" onClick={() => edit(null)}>Ny rekommendation</button>}
      </div>
      {audit.recommendations.length === 0 && <p className="muted">Inga rekommendationer är registrerade.</p>}
      {audit.recommendations.map((recommendation, index) => (
        <RecommendationCard key={recommendation.id} recommendation={recommendation} number={index + 1} followups={followups}
          actions={actions} plans={plans} areas={areas} defaultPlanId={defaultPlanId} today={today} readOnly={readOnly}
          onEdit={() => edit(recommendation)}
          onDelete={() => void ask({
            title: `Ta bort rekommendation ${index + 1}?`, impact: () => deleteImpact('recommendation', recommendation.id),
            remove: () => deleteRecommendation(recommendation.id), done: 'Rekommendationen togs bort.',
          })} />
      ))}
      <RecommendationForm recommendation={editing} bodies={bodies} auditedBodyIds={audit.auditedBodyIds} open={open} onClose={() => setOpen(false)} />
      {dialog}
    </section>
  );
}
