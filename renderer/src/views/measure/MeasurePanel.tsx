import { useState } from 'react';
import { formatDate } from '@shared/dates';
import type { MeasureStanding } from '@shared/domain/measure';
import { MEASURE_PROGRESS_STATES, type MeasureProgressState } from '@shared/domain/measureProgress';
import { periodFromKey } from '@shared/domain/period';
import { formatMeasureValue, MEASURE_PROGRESS_LABEL, MEASURE_PROGRESS_MEANING } from '@shared/measureLabels';
import { Dialog } from '@renderer/components/Dialog';
import { ErrorMessage } from '@renderer/components/Message';
import { useUiStore } from '@renderer/stores/uiStore';
import { firstError } from '@renderer/data/results';
import { useCall } from '@renderer/data/useCall';
import './measure.css';

function stateLabel(state: MeasureProgressState, year: number): string {
  return state === 'no_value' ? `Inget utfall ${year}` : MEASURE_PROGRESS_LABEL[state];
}

/** The mått behind one number: each with its åtgärd (which opens it) or område, its latest utfall and its målvärde. */
function MeasureList({ measures, caption, year, onOpen }: { measures: MeasureStanding[]; caption: string; year: number; onOpen: () => void }) {
  return (
    <div className="dash-table-wrap">
      <table className="dash-table measure-drill-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr><th scope="col">Mått</th><th scope="col">Åtgärd eller område</th><th scope="col">Senaste utfall</th><th scope="col">Målvärde</th><th scope="col">Bedömning</th></tr>
        </thead>
        <tbody>
          {measures.map((m) => (
            <tr key={m.measureId} data-measure-id={m.measureId}>
              <th scope="row">{m.name}</th>
              <td>
                {m.actionId === null ? m.areaName : (
                  <button type="button" className="link-button" onClick={() => {
                    onOpen();
                    useUiStore.getState().openAction(m.actionId!);
                  }}>{m.actionName}</button>
                )}
              </td>
              <td>{m.latest === null ? '–' : `${formatMeasureValue(m.latest.value, m.unit)} (${periodFromKey(m.latest.period)?.name ?? m.latest.period})`}</td>
              <td>{m.targetValue === null ? '–' : `${formatMeasureValue(m.targetValue, m.unit)} senast ${formatDate(m.targetDate)}`}</td>
              <td><span className={`measure-state measure-state-${m.state}`}>{stateLabel(m.state, year)}</span></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Översikt's Mått panel: how many mått are in fas, efter plan and without utfall this year (and how
 * many cannot be judged), as of Översikt's date and within its område filter; each number opens
 * the mått behind it. Self-contained, and without charts, so Översikt's first render stays fast.
 */
export function MeasurePanel({ planId, asOf, areaId }: { planId: number; asOf: string; areaId: number | null }) {
  // A new date keeps the panel's figures until the new ones arrive.
  const query = useCall('getMeasureOverview', { planId, asOf }, { keepPrevious: true });
  const overview = query.data ?? null;
  const error = firstError(query);
  const [open, setOpen] = useState<MeasureProgressState | null>(null);
  if (!overview) return <ErrorMessage text={error} />;
  const shown = areaId === null ? overview.measures : overview.measures.filter((m) => m.areaId === areaId);
  const of = (state: MeasureProgressState) => shown.filter((m) => m.state === state);
  const states = MEASURE_PROGRESS_STATES.filter((s) => s !== 'not_judged' || of(s).length > 0);
  const title = open ? `${stateLabel(open, overview.year)} – ${of(open).length} mått, per ${formatDate(overview.asOf)}` : '';
  return (
    <section className="dash-card measure-panel" aria-labelledby="measure-panel-heading" data-as-of={overview.asOf}>
      <h2 id="measure-panel-heading" className="chart-title">Mått</h2>
      {shown.length === 0 ? <p className="muted">Planen har inga mått{areaId === null ? '' : ' inom området'}.</p> : (
        <>
          <ul className="measure-figures" aria-label={`Mått per ${formatDate(overview.asOf)}`}>
            {states.map((state) => (
              <li key={state}>
                <button type="button" className={`measure-figure measure-state-${state}`} onClick={() => setOpen(state)}
                  aria-describedby={`measure-meaning-${state}`}>
                  <span className="measure-figure-value" data-measure-state={state}>{of(state).length}</span>
                  <span className="measure-figure-label">{stateLabel(state, overview.year)}</span>
                </button>
                <span id={`measure-meaning-${state}`} className="visually-hidden">{MEASURE_PROGRESS_MEANING[state]}</span>
              </li>
            ))}
          </ul>
          <p className="chart-caption">
            Årets senaste utfall jämfört med en rak linje från utgångsvärdet till målvärdet, med hänsyn till om högre eller lägre är bättre.
            Välj ett tal för att se måtten.
          </p>
        </>
      )}
      <Dialog title={title} open={open !== null} onClose={() => setOpen(null)} wide>
        {open && (
          <div data-drilldown="">
            <p className="muted">{MEASURE_PROGRESS_MEANING[open]}</p>
            {of(open).length === 0 ? <p>Inga mått.</p> : <MeasureList measures={of(open)} caption={title} year={overview.year} onOpen={() => setOpen(null)} />}
            <div className="dialog-actions">
              <button type="button" className="button" onClick={() => setOpen(null)} autoFocus>Stäng</button>
            </div>
          </div>
        )}
      </Dialog>
    </section>
  );
}
