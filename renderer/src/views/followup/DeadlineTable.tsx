import { formatDate } from '@shared/dates';
import type { ActionStatusRow } from '@shared/domain/types';
import { STATUS_LABEL } from '@shared/labels';
import { ActionLink, ReportButton } from './ActionLinks';
import { coResponsible, type LeadGroup } from './deadlineGroups';
import { relativeDays } from './days';

function LatestReport({ action }: { action: ActionStatusRow }) {
  if (action.latestStatus === null) return <span className="muted">Ingen rapport</span>;
  return <>{STATUS_LABEL[action.latestStatus]}<span className="deadlines-relative">{formatDate(action.latestReportedOn)}</span></>;
}

/** One huvudansvarig nämnd's åtgärder in a deadline list, each with the quick path to report status. */
export function DeadlineGroup({ group, today, context }: { group: LeadGroup; today: string; context: string }) {
  return (
    <div className="deadlines-group" data-body-group={group.bodyId ?? 'none'}>
      <h3 className="deadlines-group-title">{group.name} <span className="muted">({group.actions.length})</span></h3>
      <table className="deadlines-table">
        <caption className="visually-hidden">{context}: {group.name}</caption>
        <thead>
          <tr>
            <th scope="col" className="deadlines-col-action">Åtgärd</th>
            <th scope="col" className="deadlines-col-date">Klart senast</th>
            <th scope="col" className="deadlines-col-latest">Senaste rapport</th>
            <th scope="col" className="deadlines-col-co">Medansvariga</th>
            <th scope="col" className="deadlines-col-report"><span className="visually-hidden">Rapportera</span></th>
          </tr>
        </thead>
        <tbody>
          {group.actions.map((action) => {
            const co = coResponsible(action);
            return (
              <tr key={action.id} data-action-id={action.id}>
                <td><ActionLink action={action} /></td>
                <td className="date">
                  {formatDate(action.deadline)}
                  <span className="deadlines-relative">{relativeDays(today, action.deadline ?? today)}</span>
                </td>
                <td><LatestReport action={action} /></td>
                <td>{co.length > 0 ? co.map((r) => r.bodyName).join(', ') : <span className="muted">–</span>}</td>
                <td className="deadlines-report-cell"><ReportButton action={action} /></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
