import type { DashboardAction } from '@renderer/stores/dashboardStore';
import { formatDate } from '@shared/dates';
import { StatusWithMark } from '@renderer/components/StatusBadge';
import { useUiStore } from '@renderer/stores/uiStore';

/** Åtgärder as a table whose titles open the åtgärd in the plan view. Used by the drill-down and the overdue list. */
export function ActionList({ rows, caption, onOpen, captionHidden = false }: {
  rows: DashboardAction[];
  caption: string;
  /** Called before the åtgärd opens (e.g. to close the dialog it is listed in). */
  onOpen?: () => void;
  captionHidden?: boolean;
}) {
  return (
    <div className="dash-table-wrap">
      <table className="dash-table dash-action-table">
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Nr</th>
            <th scope="col">Åtgärd</th>
            <th scope="col">Ansvarig</th>
            <th scope="col">Klart senast</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-action-id={row.id}>
              <td className="dash-nowrap">{row.number}</td>
              <td>
                <button type="button" className="link-button dash-action-link" onClick={() => {
                  onOpen?.();
                  useUiStore.getState().openAction(row.id);
                }}>{row.title}</button>
              </td>
              <td>{row.responsible[0]?.bodyName ?? '–'}</td>
              <td className="date">{row.deadline === null ? 'Löpande' : formatDate(row.deadline)}</td>
              <td><StatusWithMark status={row.effectiveStatus} notReportedInYear={row.notReportedInYear} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
