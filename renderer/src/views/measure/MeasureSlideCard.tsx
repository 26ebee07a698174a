import type { MeasureWithValues } from '@shared/domain/measure';
import { measureProgress } from '@shared/domain/measureProgress';
import { periodFromKey } from '@shared/domain/period';
import { formatMeasureValue, MEASURE_PROGRESS_LABEL } from '@shared/measureLabels';
import { MeasureTrendChart } from './MeasureTrendChart';
import './measure.css';

/**
 * One mått on a presentation slide: its name, how it stands this year, its trend against the
 * målvärde, and the latest utfall and the målvärde in words. Utfall recorded after the slide's date
 * are left out, like everything else on the slides.
 */
export function MeasureSlideCard({ measure, asOf, actionNumber }: { measure: MeasureWithValues; asOf: string; actionNumber: string | null }) {
  const values = measure.values.filter((v) => v.measuredOn <= asOf);
  const year = Number(asOf.slice(0, 4));
  const { state, latest } = measureProgress(measure, values, year);
  return (
    <article className="slide-measure" data-measure-id={measure.id}>
      <h3 className="slide-measure-name">{measure.name}{actionNumber && <span className="slide-muted"> · åtgärd {actionNumber}</span>}</h3>
      <p className="slide-measure-facts">
        <span className={`measure-state measure-state-${state}`}>{state === 'no_value' ? `Inget utfall ${year}` : MEASURE_PROGRESS_LABEL[state]}</span>
        {' '}Senast {latest ? `${formatMeasureValue(latest.value, measure.unit)} (${periodFromKey(latest.period)?.name ?? latest.period})` : '–'}
        {measure.targetValue !== null && ` · mål ${formatMeasureValue(measure.targetValue, measure.unit)} senast ${measure.targetDate}`}
      </p>
      <MeasureTrendChart measure={measure} values={values} height={150} />
    </article>
  );
}
