import { memo } from 'react';
import type { DashboardAction } from '@renderer/stores/dashboardStore';
import { formatDate } from '@shared/dates';
import { ActionList } from './ActionList';

/** Försenade åtgärder as of the date, the longest overdue first; all of them through the drill-down. */
export const OVERDUE_SHOWN = 8;

export const OverdueList = memo(function OverdueList({ rows, asOf, onShowAll }: { rows: DashboardAction[]; asOf: string; onShowAll: () => void }) {
  return (
    <section className="dash-card" aria-labelledby="dash-overdue-heading" data-section="overdue">
      <h2 id="dash-overdue-heading" className="chart-title">Försenade åtgärder <span className="dash-count">({rows.length})</span></h2>
      {rows.length === 0 ? <p className="muted">Inga åtgärder är försenade per {formatDate(asOf)}.</p> : (
        <>
          <ActionList rows={rows.slice(0, OVERDUE_SHOWN)} caption={`Försenade åtgärder per ${formatDate(asOf)}, längst försenade först`} captionHidden />
          {rows.length > OVERDUE_SHOWN && (
            <p data-handout="omit"><button type="button" className="link-button" onClick={onShowAll}>Visa alla {rows.length} försenade</button></p>
          )}
        </>
      )}
    </section>
  );
});
