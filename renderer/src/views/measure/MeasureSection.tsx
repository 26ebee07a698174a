import { useState } from 'react';
import { formatDate } from '@shared/dates';
import type { MeasureWithValues } from '@shared/domain/measure';
import { measureProgress } from '@shared/domain/measureProgress';
import { periodFromKey } from '@shared/domain/period';
import type { Plan } from '@shared/domain/types';
import { formatMeasureValue, MEASURE_DIRECTION_LABEL, MEASURE_PROGRESS_LABEL, MEASURE_UNIT_LABEL } from '@shared/measureLabels';
import { ErrorMessage } from '@renderer/components/Message';
import { useDeleteConfirm } from '@renderer/hooks/useDeleteConfirm';
import { MeasureForm } from './MeasureForm';
import { MeasureTrendChart } from './MeasureTrendChart';
import { MeasureValueForm } from './MeasureValueForm';
import { firstError } from '@renderer/data/results';
import { useCall } from '@renderer/data/useCall';
import { measureWrites } from './measureStore';
import './measure.css';

/** "I fas", "Efter plan", "Inget utfall 2026", "Kan inte bedömas": how the mått stands this year. */
export function MeasureState({ measure, year }: { measure: MeasureWithValues; year: number }) {
  const { state } = measureProgress(measure, measure.values, year);
  return <span className={`measure-state measure-state-${state}`}>{state === 'no_value' ? `Inget utfall ${year}` : MEASURE_PROGRESS_LABEL[state]}</span>;
}

function MeasureCard({ measure, today, readOnly, onEdit, onAddValue, onDelete }: {
  measure: MeasureWithValues; today: string; readOnly: boolean;
  onEdit: () => void; onAddValue: () => void; onDelete: () => void;
}) {
  const { removeValue } = measureWrites;
  const { ask, dialog } = useDeleteConfirm();
  const year = Number(today.slice(0, 4));
  const value = (v: number | null) => (v === null ? '–' : formatMeasureValue(v, measure.unit));
  return (
    <article className="measure" data-measure-id={measure.id} aria-labelledby={`measure-${measure.id}`}>
      <div className="measure-head">
        <h3 id={`measure-${measure.id}`}>{measure.name}</h3>
        <MeasureState measure={measure} year={year} />
      </div>
      <dl className="facts">
        <div><dt>Enhet</dt><dd>{MEASURE_UNIT_LABEL[measure.unit]}</dd></div>
        <div><dt>Riktning</dt><dd>{MEASURE_DIRECTION_LABEL[measure.direction]}</dd></div>
        <div><dt>Utgångsvärde</dt><dd>{measure.baselineValue === null ? '–' : `${value(measure.baselineValue)} (${measure.baselineYear})`}</dd></div>
        <div><dt>Målvärde</dt><dd>{measure.targetValue === null ? '–' : `${value(measure.targetValue)} senast ${formatDate(measure.targetDate)}`}</dd></div>
        <div><dt>Källa</dt><dd>{measure.source || '–'}</dd></div>
      </dl>
      {measure.definition && <p className="prose muted">{measure.definition}</p>}
      {measure.comment && <p className="prose">{measure.comment}</p>}
      {measure.values.length > 0 && <MeasureTrendChart measure={measure} values={measure.values} />}
      <table className="measure-values">
        <caption>Utfall – {measure.name}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th><th scope="col" className="num">Utfall</th><th scope="col">Datum</th>
            <th scope="col">Kommentar</th><th scope="col">Källa</th><th scope="col">Rapporterad av</th>
            {!readOnly && <th scope="col"><span className="visually-hidden">Ta bort</span></th>}
          </tr>
        </thead>
        <tbody>
          {measure.values.length === 0 && <tr><td colSpan={readOnly ? 6 : 7} className="muted">Inga utfall ännu.</td></tr>}
          {[...measure.values].reverse().map((v) => {
            const period = periodFromKey(v.period)?.name ?? v.period;
            return (
              <tr key={v.id} data-period={v.period}>
                <th scope="row">{period}</th>
                <td className="num">{value(v.value)}</td>
                <td className="date">{formatDate(v.measuredOn)}</td>
                <td>{v.comment || '–'}</td>
                <td>{v.source || '–'}</td>
                <td>{v.reportedBy || '–'}</td>
                {!readOnly && (
                  <td>
                    <button type="button" className="link-button" aria-label={`Ta bort utfallet för ${period}`} onClick={() => void ask({
                      title: 'Ta bort utfall?',
                      impact: () => Promise.resolve({ message: `Utfallet för ${period} (${value(v.value)}) tas bort. Du kan ångra med Ctrl+Z.`, counts: {}, blocked: false }),
                      remove: () => removeValue(v.id), done: 'Utfallet togs bort. Ångra med Ctrl+Z.',
                    })}>Ta bort</button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {!readOnly && (
        <div className="measure-buttons">
          <button type="button" className="button button-small" onClick={onAddValue}>Nytt utfall</button>
          <button type="button" className="button button-small" onClick={onEdit}>Ändra måttet</button>
          <button type="button" className="button button-small button-danger-outline" onClick={onDelete}>Ta bort måttet</button>
        </div>
      )}
      {dialog}
    </article>
  );
}

/**
 * The åtgärd's mått: for each its facts, how it stands against the line to its målvärde, a small
 * trend and the utfall as a table; and the forms to add and change mått and utfall.
 */
export function MeasureSection({ plan, actionId, today, readOnly }: { plan: Plan; actionId: number; today: string; readOnly: boolean }) {
  const query = useCall('listMeasures', { actionId });
  const measures = query.data ?? [];
  const error = firstError(query);
  const { remove, impact } = measureWrites;
  const [editing, setEditing] = useState<MeasureWithValues | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [valueFor, setValueFor] = useState<MeasureWithValues | null>(null);
  const { ask, dialog } = useDeleteConfirm();
  return (
    <section aria-labelledby="measures-heading" className="card measures">
      <div className="measures-head">
        <h2 id="measures-heading" tabIndex={-1}>Mått</h2>
        {!readOnly && <button type="button" className="button button-small" onClick={() => { setEditing(null); setFormOpen(true); }}>Nytt mått</button>}
      </div>
      <ErrorMessage text={error} />
      {measures.length === 0 && <p className="muted">Åtgärden har inga mått. Ett mått med målvärde visar vad arbetet ger, inte bara att det görs.</p>}
      {measures.map((m) => (
        <MeasureCard key={m.id} measure={m} today={today} readOnly={readOnly}
          onEdit={() => { setEditing(m); setFormOpen(true); }}
          onAddValue={() => setValueFor(m)}
          onDelete={() => void ask({
            title: 'Ta bort mått?', impact: () => impact(m.id), remove: () => remove(m.id),
            done: `Måttet ”${m.name}” togs bort. Ångra med Ctrl+Z.`,
            after: () => setTimeout(() => document.getElementById('measures-heading')?.focus(), 0),
          })} />
      ))}
      <MeasureForm actionId={actionId} measure={editing} open={formOpen} onClose={() => setFormOpen(false)} />
      {valueFor && <MeasureValueForm plan={plan} measure={valueFor} today={today} open={valueFor !== null} onClose={() => setValueFor(null)} />}
      {dialog}
    </section>
  );
}
