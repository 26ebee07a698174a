import type { Audit } from '@shared/domain/types';

/** The registered granskningar, newest report first; the chosen one is shown beside the list. */
export function AuditList({ audits, selectedId, onSelect }: { audits: Audit[]; selectedId: number | null; onSelect: (id: number) => void }) {
  return (
    <nav aria-label="Granskningar" className="audit-list">
      <ul>
        {audits.map((audit) => {
          const current = audit.id === selectedId;
          return (
            <li key={audit.id}>
              <button type="button" className="audit-list-item" aria-current={current ? 'true' : undefined} onClick={() => onSelect(audit.id)}>
                <span className="audit-list-title">{audit.title}</span>
                <span className="audit-meta">{[audit.reportDate, audit.diaryNumber].filter(Boolean).join(' · ') || 'Inget datum'}</span>
                {audit.answerDue && <span className="audit-meta">Svar senast {audit.answerDue}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
