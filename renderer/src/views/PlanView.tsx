import { useEffect } from 'react';
import { formatDate } from '../../../shared/dates';
import { RHYTHM_LABEL, revisionIntervalLabel } from '../../../shared/labels';
import type { Plan } from '../../../shared/domain/types';
import { ErrorMessage } from '../components/Message';
import { Responsible } from '../components/Responsible';
import { StatusBadge } from '../components/StatusBadge';
import { usePlanStore } from '../stores/planStore';

function PlanFacts({ plan }: { plan: Plan }) {
  const period = plan.periodStart && plan.periodEnd ? `${plan.periodStart}–${plan.periodEnd}` : '–';
  return (
    <dl className="facts">
      <div><dt>Kommun</dt><dd>{plan.municipality || '–'}</dd></div>
      <div><dt>Period</dt><dd>{period}</dd></div>
      <div><dt>Beslutad av</dt><dd>{plan.decidedBy || '–'} {plan.decidedOn && `(${formatDate(plan.decidedOn)})`}</dd></div>
      <div><dt>Diarienummer</dt><dd>{plan.diaryNumber || '–'}</dd></div>
      <div><dt>Uppföljning</dt><dd>{RHYTHM_LABEL[plan.followUpRhythm]}</dd></div>
      <div><dt>Revideras</dt><dd>{plan.revisionIntervalYears ? revisionIntervalLabel(plan.revisionIntervalYears) : '–'}</dd></div>
    </dl>
  );
}

export function PlanView({ plan }: { plan: Plan }) {
  const { areas, actions, error, load } = usePlanStore();
  useEffect(() => {
    void load(plan.id);
  }, [plan.id, load]);

  return (
    <section aria-labelledby="plan-heading">
      <h1 id="plan-heading">{plan.name}</h1>
      <PlanFacts plan={plan} />
      {plan.overallGoal && <p className="goal"><strong>Övergripande mål:</strong> {plan.overallGoal}</p>}
      <ErrorMessage text={error} />
      {areas.map((area, index) => {
        const rows = actions.filter((a) => a.areaId === area.id);
        return (
          <section key={area.id} className="area" aria-labelledby={`area-${area.id}`}>
            <h2 id={`area-${area.id}`}>{index + 1}. {area.name}</h2>
            {area.description && <p className="muted">{area.description}</p>}
            <table className="actions">
              <caption className="visually-hidden">Åtgärder inom {area.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Nr</th>
                  <th scope="col">Åtgärd</th>
                  <th scope="col">Ansvariga</th>
                  <th scope="col">Start</th>
                  <th scope="col">Klart senast</th>
                  <th scope="col">Status</th>
                  <th scope="col">Senaste rapport</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((a) => (
                  <tr key={a.id} data-action-id={a.id}>
                    <td>{a.number}</td>
                    <td>{a.title}</td>
                    <td><Responsible list={a.responsible} /></td>
                    <td className="date">{formatDate(a.startDate)}</td>
                    <td className="date">{a.deadline ? formatDate(a.deadline) : 'Löpande'}</td>
                    <td><StatusBadge status={a.effectiveStatus} /></td>
                    <td className="date">{formatDate(a.latestReportedOn)}</td>
                  </tr>
                ))}
                {rows.length === 0 && <tr><td colSpan={7} className="muted">Inga åtgärder ännu.</td></tr>}
              </tbody>
            </table>
          </section>
        );
      })}
    </section>
  );
}
