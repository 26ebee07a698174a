import type { DueAnswer } from '@shared/domain/recommendationsDue';
import { dueText } from './dueText';

/** The most urgent answers are listed; the rest are counted (a meeting's screen has room for so many). */
const SHOWN = 8;

/** Missing answers to the auditors, overdue first, each with a way to the granskning. */
export function DueAnswerList({ due, onOpen }: { due: DueAnswer[]; onOpen: (auditId: number) => void }) {
  if (due.length === 0) return <p className="muted">Inga svar väntar.</p>;
  return (
    <>
      <ul className="due-list">
        {due.slice(0, SHOWN).map((d) => (
          <li key={`${d.recommendationId}:${d.bodyId}`} className="due-item">
            <span className="due-item-text">
              <span><strong>{d.bodyName}</strong> – rekommendation {d.recommendationNumber} i ”{d.auditTitle}”</span>
              <span className={d.daysLeft < 0 ? 'due-meta due-late' : 'due-meta'}>Svar senast {d.answerDue} ({dueText(d.daysLeft)})</span>
            </span>
            <button type="button" className="button button-small" onClick={() => onOpen(d.auditId)}
              aria-label={`Öppna granskningen ”${d.auditTitle}” för svar från ${d.bodyName}`}>
              Öppna granskningen
            </button>
          </li>
        ))}
      </ul>
      {due.length > SHOWN && <p className="muted">… och {due.length - SHOWN} till under Granskningar.</p>}
    </>
  );
}
