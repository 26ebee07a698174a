import { formatDate } from '@shared/dates';
import type { StatusReport } from '@shared/domain/types';
import { ASSESSMENT_LABEL } from '@shared/labels';
import { StatusBadge } from '@renderer/components/StatusBadge';

/** An åtgärd's status history, newest first. Reports are never overwritten: the history is the point. */
export function StatusTimeline({ reports, onDelete }: { reports: StatusReport[]; onDelete?: (report: StatusReport) => void }) {
  return (
    <section aria-labelledby="timeline-heading" className="timeline-section">
      <h2 id="timeline-heading" tabIndex={-1}>Statushistorik</h2>
      {reports.length === 0 && <p className="muted">Ingen lägesrapport ännu.</p>}
      <ol className="timeline">
        {reports.map((r) => (
          <li key={r.id} className="timeline-item" data-report-id={r.id}>
            <div className="timeline-head">
              <StatusBadge status={r.status} />
              <time dateTime={r.reportedOn} className="timeline-date">{formatDate(r.reportedOn)}</time>
              {r.period && <span className="timeline-period">Period {r.period}</span>}
              {r.assessment && (
                <span className={`assessment assessment-${r.assessment}`}>Bedömning: {ASSESSMENT_LABEL[r.assessment]}</span>
              )}
            </div>
            {r.comment && <p className="timeline-comment">{r.comment}</p>}
            <dl className="timeline-meta">
              <div><dt>Rapporterad av</dt><dd>{r.reportedBy || '–'}</dd></div>
              <div><dt>Rapporterande nämnd</dt><dd>{r.bodyName ?? '–'}</dd></div>
              <div><dt>Källa</dt><dd>{r.sourceTitle ?? '–'}</dd></div>
              {r.status === 'avbruten' && (
                <div><dt>Beslut om att avbryta</dt><dd>{r.stopDecision ? `${r.stopDecision}, ${r.stopDecidedBy} ${formatDate(r.stopDecidedOn)}` : 'Inget beslut angivet'}</dd></div>
              )}
            </dl>
            {onDelete && <button type="button" className="link-button timeline-delete" onClick={() => onDelete(r)}
              aria-label={`Ta bort lägesrapporten från ${formatDate(r.reportedOn)}`}>Ta bort</button>}
          </li>
        ))}
      </ol>
    </section>
  );
}
