import { useState } from 'react';
import type { ActionStatusRow, Area, Plan, Recommendation, RecommendationFollowup } from '@shared/domain/types';
import { AddresseeBlock } from './AddresseeBlock';
import { followupKey } from './auditStore';
import { CreateActionForm } from './CreateActionForm';
import { LinkedActions } from './LinkedActions';

/** One recommendation: the auditors' text, each nämnd's part of it, and the åtgärder that answer it. */
export function RecommendationCard({ recommendation, number, followups, actions, plans, areas, defaultPlanId, today, readOnly, onEdit, onDelete }: {
  recommendation: Recommendation;
  number: number;
  followups: Record<string, RecommendationFollowup[]>;
  actions: ActionStatusRow[];
  plans: Plan[];
  areas: Area[];
  defaultPlanId: number | null;
  today: string;
  readOnly: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const [creating, setCreating] = useState(false);
  const headingId = `recommendation-${recommendation.id}`;
  return (
    <article className="audit-recommendation" aria-labelledby={headingId} data-recommendation-id={recommendation.id}>
      <div className="audit-recommendation-head">
        <h4 id={headingId}>Rekommendation {number}</h4>
        {!readOnly && (
          <div className="audit-buttons">
            <button type="button" className="link-button" onClick={onEdit} aria-label={`Ändra rekommendation ${number}`}>Ändra</button>
            <button type="button" className="link-button" onClick={onDelete} aria-label={`Ta bort rekommendation ${number}`}>Ta bort</button>
          </div>
        )}
      </div>
      <blockquote className="audit-quote">{recommendation.text}</blockquote>
      <ul className="audit-addressees" aria-label={`Svar på rekommendation ${number}`}>
        {recommendation.addressees.map((response) => (
          <AddresseeBlock key={response.bodyId} response={response} recommendationNumber={number} today={today} readOnly={readOnly}
            followups={followups[followupKey(recommendation.id, response.bodyId)] ?? []} />
        ))}
      </ul>
      <LinkedActions recommendation={recommendation} number={number} actions={actions} plans={plans} readOnly={readOnly} />
      {!readOnly && areas.length > 0 && (
        <>
          <button type="button" className="button button-small" onClick={() => setCreating(true)}>
            Skapa åtgärd av rekommendation {number}
          </button>
          <CreateActionForm recommendation={recommendation} number={number} plans={plans} areas={areas} defaultPlanId={defaultPlanId}
            open={creating} onClose={() => setCreating(false)} />
        </>
      )}
    </article>
  );
}
