import { useState } from 'react';
import { ErrorMessage } from '../components/Message';
import { useAppInfo, useSelectedPlan } from '../stores/appStore';
import { useToday } from '../hooks/useToday';
import { AuditForm } from './audit/AuditForm';
import { AuditList } from './audit/AuditList';
import { AuditPanel } from './audit/AuditPanel';
import { useAuditData, useAuditStore } from './audit/auditStore';
import './audit/audit.css';

/**
 * Granskningar: register an audit, its revisionsfrågor and rekommendationer, the nämndernas svar
 * and their follow-up, link recommendations to åtgärder, and export a nämnd's answer as DOCX.
 */
export function AuditsView() {
  const { audits, bodies, selectedId, detail, loaded, error } = useAuditData();
  const select = useAuditStore((s) => s.select);
  const info = useAppInfo();
  const selectedPlanId = useSelectedPlan()?.id ?? null;
  const [registering, setRegistering] = useState(false);
  const readOnly = info?.readOnly ?? false;
  const today = useToday();

  return (
    <section aria-labelledby="audits-heading" className="audits">
      <div className="page-head">
        <h1 id="audits-heading">Granskningar</h1>
        {!readOnly && (
          <div className="page-actions">
            <button type="button" className="button button-primary" onClick={() => setRegistering(true)}>Registrera granskning</button>
          </div>
        )}
      </div>
      <ErrorMessage text={error} />
      {loaded && audits.length === 0 && (
        <p className="empty">Inga granskningar är registrerade. Registrera revisorernas rapport för att följa upp rekommendationerna och nämndernas svar.</p>
      )}
      {audits.length > 0 && (
        <div className="audits-layout">
          <AuditList audits={audits} selectedId={selectedId} onSelect={(id) => void select(id)} />
          {detail && <AuditPanel key={detail.id} audit={detail} defaultPlanId={selectedPlanId} today={today} readOnly={readOnly} />}
        </div>
      )}
      <AuditForm audit={null} bodies={bodies} open={registering} onClose={() => setRegistering(false)} />
    </section>
  );
}
