import { useEffect } from 'react';
import { formatDate } from '../../../shared/dates';
import { ErrorMessage } from '../components/Message';
import { useRegisterStore } from '../stores/registerStore';

/** Registered granskningar. Editing and the nämndernas svar come with the audit work. */
export function AuditsView() {
  const { audits, bodies, error, load } = useRegisterStore();
  useEffect(() => {
    void load();
  }, [load]);
  const bodyName = new Map(bodies.map((b) => [b.id, b.name]));

  return (
    <section aria-labelledby="audits-heading">
      <h1 id="audits-heading">Granskningar</h1>
      <ErrorMessage text={error} />
      {audits.length === 0 && <p className="muted">Inga granskningar är registrerade.</p>}
      {audits.map((audit) => (
        <article key={audit.id} className="card">
          <h2>{audit.title}</h2>
          <dl className="facts">
            <div><dt>Granskare</dt><dd>{audit.auditor || '–'}</dd></div>
            <div><dt>Rapportdatum</dt><dd>{formatDate(audit.reportDate)}</dd></div>
            <div><dt>Diarienummer</dt><dd>{audit.diaryNumber || '–'}</dd></div>
            <div><dt>Svar senast</dt><dd>{formatDate(audit.answerDue)}</dd></div>
            <div><dt>Granskade</dt><dd>{audit.auditedBodyIds.map((id) => bodyName.get(id)).join(', ') || '–'}</dd></div>
          </dl>
          {audit.summaryAssessment && <p>{audit.summaryAssessment}</p>}
        </article>
      ))}
    </section>
  );
}
