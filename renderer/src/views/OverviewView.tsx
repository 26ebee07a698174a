import { useEffect } from 'react';
import { EFFECTIVE_STATUSES } from '../../../shared/domain/status';
import { formatDateLong } from '../../../shared/dates';
import { STATUS_LABEL } from '../../../shared/labels';
import type { Plan } from '../../../shared/domain/types';
import { ErrorMessage } from '../components/Message';
import { STATUS_SYMBOL } from '../components/StatusBadge';
import { usePlanStore } from '../stores/planStore';

/** Key figures and status per område as of today. Charts and comparisons come with the dashboard. */
export function OverviewView({ plan }: { plan: Plan }) {
  const { summary, error, load } = usePlanStore();
  useEffect(() => {
    void load(plan.id);
  }, [plan.id, load]);
  if (!summary) return <ErrorMessage text={error} />;

  return (
    <section aria-labelledby="overview-heading">
      <h1 id="overview-heading">Översikt</h1>
      <p className="muted">{plan.name} – läget per {formatDateLong(summary.asOf)}</p>
      <ul className="key-figures" aria-label="Nyckeltal">
        <li className="figure"><span className="figure-value" data-figure="total">{summary.total}</span> åtgärder</li>
        {EFFECTIVE_STATUSES.map((status) => (
          <li key={status} className={`figure figure-${status}`}>
            <span className="figure-value" data-figure={status}>{summary.counts[status]}</span>
            <span><span aria-hidden="true">{STATUS_SYMBOL[status]} </span>{STATUS_LABEL[status]}</span>
          </li>
        ))}
      </ul>
      <h2>Status per utvecklingsområde</h2>
      <table className="summary">
        <thead>
          <tr>
            <th scope="col">Utvecklingsområde</th>
            <th scope="col">Åtgärder</th>
            {EFFECTIVE_STATUSES.map((s) => <th key={s} scope="col">{STATUS_LABEL[s]}</th>)}
          </tr>
        </thead>
        <tbody>
          {summary.byArea.map((group) => (
            <tr key={group.id}>
              <th scope="row">{group.name}</th>
              <td>{group.total}</td>
              {EFFECTIVE_STATUSES.map((s) => <td key={s}>{group.counts[s]}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
