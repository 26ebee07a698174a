import type { AuditDetail, Body } from '@shared/domain/types';
import { daysBetween, dueText } from './dueText';

/** The granskning's facts: who, when, which nämnder, and when the answers are due. */
export function AuditFacts({ audit, bodies, today }: { audit: AuditDetail; bodies: Body[]; today: string }) {
  const names = new Map(bodies.map((b) => [b.id, b.name]));
  const missing = audit.recommendations.flatMap((r) => r.addressees).filter((a) => a.response.trim() === '').length;
  const days = audit.answerDue ? daysBetween(today, audit.answerDue) : null;
  return (
    <dl className="facts audit-facts">
      <div><dt>Granskare</dt><dd>{audit.auditor || '–'}</dd></div>
      <div><dt>Rapportdatum</dt><dd>{audit.reportDate ?? '–'}</dd></div>
      <div><dt>Diarienummer</dt><dd>{audit.diaryNumber || '–'}</dd></div>
      <div>
        <dt>Svar senast</dt>
        <dd>
          {audit.answerDue ?? '–'}
          {days !== null && missing > 0 && <span className={days < 0 ? 'audit-late' : 'audit-meta'}> ({dueText(days)})</span>}
        </dd>
      </div>
      <div><dt>Granskade nämnder</dt><dd>{audit.auditedBodyIds.map((id) => names.get(id)).join(', ') || '–'}</dd></div>
    </dl>
  );
}
