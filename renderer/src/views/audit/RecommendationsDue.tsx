import { ErrorMessage } from '@renderer/components/Message';
import { useUiStore } from '@renderer/stores/uiStore';
import { useAuditStore } from './auditStore';
import { DueAnswerList } from './DueAnswerList';
import { DueBodyTable } from './DueBodyTable';
import { firstError } from '@renderer/data/results';
import { useCall } from '@renderer/data/useCall';

/** The dashboard's view of the nämndernas svar: open recommendations and answers due within 30 days. */
export const DUE_WITHIN_DAYS = 30;
import './audit.css';

/**
 * For the dashboard: how many recommendations each nämnd has open, and which written answers to
 * the auditors are overdue or due within 30 days. Self-contained: mount it anywhere.
 */
export function RecommendationsDue() {
  const query = useCall('listRecommendationsDue', { withinDays: DUE_WITHIN_DAYS });
  const due = query.data ?? null;
  const error = firstError(query);
  const show = useUiStore((s) => s.show);
  const selectAudit = useAuditStore((s) => s.select);
  if (!due) return <ErrorMessage text={error} />;
  const overdue = due.due.filter((d) => d.daysLeft < 0).length;
  const open = due.bodies.reduce((sum, b) => sum + b.open, 0);
  const openAudit = (auditId: number): void => {
    void selectAudit(auditId);
    show('granskningar');
  };

  return (
    <section className="due" aria-labelledby="due-heading">
      <h2 id="due-heading">Revisorernas rekommendationer</h2>
      <ul className="due-figures" aria-label="Rekommendationer i siffror">
        <li className="due-figure due-figure-late"><span className="due-figure-value" data-due="overdue">{overdue}</span> svar försenade</li>
        <li className="due-figure"><span className="due-figure-value" data-due="soon">{due.due.length - overdue}</span> svar inom {DUE_WITHIN_DAYS} dagar</li>
        <li className="due-figure"><span className="due-figure-value" data-due="open">{open}</span> öppna rekommendationer</li>
      </ul>
      <div className="due-body">
        <div>
          <h3 className="due-subheading">Per nämnd</h3>
          <DueBodyTable bodies={due.bodies} withinDays={DUE_WITHIN_DAYS} />
        </div>
        <div>
          <h3 className="due-subheading">Svar som väntar</h3>
          <DueAnswerList due={due.due} onOpen={openAudit} />
        </div>
      </div>
    </section>
  );
}
