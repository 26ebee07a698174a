import { memo } from 'react';
import { format, parseISO } from 'date-fns';
import { changeLabel } from '@shared/changeLabels';
import type { ChangeEntry } from '@shared/domain/types';
import { useUiStore } from '@renderer/stores/uiStore';

/** The newest entries of the plan's change log (within the filter), with a way to each åtgärd. */
export const RecentChanges = memo(function RecentChanges({ changes, openable }: { changes: ChangeEntry[]; openable: Set<number> }) {
  return (
    <section className="dash-card dash-wide" aria-labelledby="dash-changes-heading" data-section="changes">
      <h2 id="dash-changes-heading" className="chart-title">Senaste ändringar</h2>
      {changes.length === 0 ? <p className="muted">Inga ändringar.</p> : (
        <div className="dash-table-wrap">
          <table className="dash-table">
            <caption className="visually-hidden">Senaste ändringarna i planen, nyaste först</caption>
            <thead>
              <tr><th scope="col">När</th><th scope="col">Ändring</th><th scope="col">Gäller</th><th scope="col">Av</th></tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.id}>
                  <td className="date">{format(parseISO(c.at), 'yyyy-MM-dd HH:mm')}</td>
                  <td>{changeLabel(c)}</td>
                  <td>
                    {c.actionId !== null && openable.has(c.actionId)
                      ? <button type="button" className="link-button dash-action-link" onClick={() => useUiStore.getState().openAction(c.actionId!)}>{c.subject ?? '–'}</button>
                      : (c.subject ?? '–')}
                  </td>
                  <td>{c.user}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
});
