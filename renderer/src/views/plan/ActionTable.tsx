import { memo, useEffect } from 'react';
import { formatDate } from '@shared/dates';
import type { ActionStatusRow } from '@shared/domain/types';
import { Responsible } from '@renderer/components/Responsible';
import { StatusWithMark } from '@renderer/components/StatusBadge';
import type { SortKey, SortOrder } from '@renderer/filters/actionFilter';
import { useActionStore } from '@renderer/stores/actionStore';
import { PAGE_SIZE, useFilterStore } from '@renderer/stores/filterStore';
import { useUiStore } from '@renderer/stores/uiStore';
import type { PlanList } from './usePlanList';

const count = new Intl.NumberFormat('sv-SE');

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'number', label: 'Nr' },
  { key: 'title', label: 'Åtgärd' },
  { key: 'responsible', label: 'Ansvariga' },
  { key: 'startDate', label: 'Start' },
  { key: 'deadline', label: 'Klart senast' },
  { key: 'status', label: 'Status' },
  { key: 'lastReport', label: 'Senaste rapport' },
];

function SortHeader({ column, order, onSort }: { column: (typeof COLUMNS)[number]; order: SortOrder; onSort: (key: SortKey) => void }) {
  const active = order.key === column.key;
  return (
    <th scope="col" aria-sort={active ? order.direction : undefined} className={`col-${column.key}`}>
      <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
        {column.label}
        <span aria-hidden="true" className="sort-indicator">{active ? (order.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>
  );
}

function open(actionId: number): void {
  useActionStore.getState().setReturnFocus(actionId);
  useUiStore.getState().openAction(actionId);
}

// Memoised: a filter change re-renders only the rows that come and go.
const ActionRow = memo(function ActionRow({ row }: { row: ActionStatusRow }) {
  return (
    <tr data-action-id={row.id}>
      <td className="number">{row.number}</td>
      <td><button type="button" className="link-button row-link" onClick={() => open(row.id)}>{row.title}</button></td>
      <td><Responsible list={row.responsible} /></td>
      <td className="date">{formatDate(row.startDate)}</td>
      <td className="date">{row.deadline ? formatDate(row.deadline) : 'Löpande'}</td>
      <td><StatusWithMark status={row.effectiveStatus} notReportedInYear={row.notReportedInYear} /></td>
      <td className="date">{formatDate(row.latestReportedOn)}</td>
    </tr>
  );
});

/** When the list comes back from an åtgärd's detail, focus is where the user left it. */
function useReturnFocus(): void {
  useEffect(() => {
    const { returnFocusTo, setReturnFocus } = useActionStore.getState();
    if (returnFocusTo === null) return;
    setReturnFocus(null);
    document.querySelector<HTMLElement>(`tr[data-action-id="${returnFocusTo}"] .row-link`)?.focus();
  }, []);
}

/** The plan's åtgärder grouped by utvecklingsområde; sortable columns; a page at a time. */
export function ActionTable({ list, loading }: { list: PlanList; loading: boolean }) {
  const { order, limit, sortBy, showMore } = useFilterStore();
  const { areas, actions, matching, groups, filterActive } = list;
  const areaNumber = new Map(areas.map((a, i) => [a.id, i + 1]));
  useReturnFocus();

  if (actions.length === 0 && !loading && areas.length === 0) return <p className="empty">Planen har inga utvecklingsområden eller åtgärder ännu.</p>;
  if (matching.length === 0 && filterActive) return <p className="empty">Inga åtgärder matchar filtret.</p>;
  const remaining = matching.length - limit;

  return (
    <div className="action-list">
      {groups.map(({ area, rows }) => (
        <section key={area.id} className="area" aria-labelledby={`area-${area.id}`}>
          <h2 id={`area-${area.id}`}>{areaNumber.get(area.id)}. {area.name}</h2>
          {area.description && !filterActive && <p className="muted area-description">{area.description}</p>}
          <table className="actions">
            <caption className="visually-hidden">Åtgärder inom {area.name}</caption>
            <thead>
              <tr>{COLUMNS.map((c) => <SortHeader key={c.key} column={c} order={order} onSort={sortBy} />)}</tr>
            </thead>
            <tbody>
              {rows.map((row) => <ActionRow key={row.id} row={row} />)}
              {rows.length === 0 && <tr><td colSpan={COLUMNS.length} className="muted">Inga åtgärder ännu.</td></tr>}
            </tbody>
          </table>
        </section>
      ))}
      {remaining > 0 && (
        <p className="show-more">
          <button type="button" className="button" onClick={showMore}>
            Visa fler ({count.format(Math.min(remaining, PAGE_SIZE))} till av {count.format(remaining)} återstående)
          </button>
        </p>
      )}
    </div>
  );
}
