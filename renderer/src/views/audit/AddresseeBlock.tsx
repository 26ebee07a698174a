import { useState } from 'react';
import { effectiveStatus } from '@shared/domain/status';
import type { RecommendationFollowup, RecommendationResponse } from '@shared/domain/types';
import { STATUS_LABEL } from '@shared/labels';
import { StatusBadge } from '@renderer/components/StatusBadge';
import { FollowupForm } from './FollowupForm';
import { ResponseForm } from './ResponseForm';

/**
 * One nämnd's part of a recommendation: its svar, planned measures, ansvarig, deadline and status
 * (Försenad once the deadline has passed), and the dated follow-ups, newest first.
 */
export function AddresseeBlock({ response, followups, recommendationNumber, today, readOnly }: {
  response: RecommendationResponse;
  followups: RecommendationFollowup[];
  recommendationNumber: number;
  today: string;
  readOnly: boolean;
}) {
  const [answering, setAnswering] = useState(false);
  const [following, setFollowing] = useState(false);
  const answered = response.response.trim() !== '';
  return (
    <li className="audit-addressee" data-body={response.bodyName}>
      <div className="audit-addressee-head">
        <h5 className="audit-addressee-name">{response.bodyName}</h5>
        <StatusBadge status={effectiveStatus(response.status, response.deadline, today)} />
        {response.deadline && <span className="audit-meta">Klart senast {response.deadline}</span>}
        {response.responsible && <span className="audit-meta">Ansvarig: {response.responsible}</span>}
      </div>
      {answered
        ? <p className="audit-prose audit-answer">{response.response}</p>
        : <p className="audit-missing">Inget svar registrerat.</p>}
      {response.plannedMeasures && <p className="audit-prose"><strong>Planerade åtgärder:</strong> {response.plannedMeasures}</p>}
      {followups.length > 0 && (
        <details className="audit-followups">
          <summary>Uppföljningar ({followups.length})</summary>
          <ol className="audit-followup-list">
            {followups.map((f) => (
              <li key={f.id}>
                <span className="audit-followup-date">{f.reportedOn}</span> <strong>{STATUS_LABEL[f.status]}</strong>
                {f.comment && <span className="audit-prose"> – {f.comment}</span>}
                {f.reportedBy && <span className="audit-meta"> ({f.reportedBy})</span>}
              </li>
            ))}
          </ol>
        </details>
      )}
      {!readOnly && (
        <div className="audit-buttons">
          <button type="button" className={answered ? 'button button-small' : 'button button-small button-primary'} onClick={() => setAnswering(true)}
            aria-label={`${answered ? 'Ändra svar' : 'Registrera svar'} från ${response.bodyName} på rekommendation ${recommendationNumber}`}>
            {answered ? 'Ändra svar' : 'Registrera svar'}
          </button>
          <button type="button" className="button button-small" onClick={() => setFollowing(true)}
            aria-label={`Ny uppföljning för ${response.bodyName}, rekommendation ${recommendationNumber}`}>
            Ny uppföljning
          </button>
        </div>
      )}
      <ResponseForm response={response} recommendationNumber={recommendationNumber} open={answering} onClose={() => setAnswering(false)} />
      <FollowupForm response={response} today={today} open={following} onClose={() => setFollowing(false)} />
    </li>
  );
}
