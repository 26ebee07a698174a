import type { Indicator } from '@shared/domain/types';
import { formatMeasureValue, MEASURE_UNIT_LABEL } from '@shared/measureLabels';

function valueIn(indicator: Indicator, year: number): string {
  const value = indicator.values.find((v) => v.year === year)?.value ?? null;
  return value === null || indicator.unit === null ? '–' : formatMeasureValue(value, indicator.unit);
}

/**
 * The kommun's own indicators answered with a number (antal, procent, kronor, dagar): this year's
 * value beside last year's. They have no Ja to count, so they stay out of the shares above.
 */
export function NumericIndicatorTable({ indicators, year, onOpen }: { indicators: Indicator[]; year: number; onOpen: (id: number) => void }) {
  const numeric = indicators.filter((i) => i.unit !== null);
  if (numeric.length === 0) return null;
  return (
    <>
      <h2>Egna indikatorer med tal</h2>
      <table className="indicator-table">
        <caption className="visually-hidden">Egna indikatorer som besvaras med tal, värden {year - 1} och {year}</caption>
        <thead>
          <tr>
            <th scope="col" className="indicator-col-code">Kod</th>
            <th scope="col">Indikator</th>
            <th scope="col" className="indicator-col-share">Enhet</th>
            <th scope="col" className="indicator-col-previous">{year - 1}</th>
            <th scope="col" className="indicator-col-value">{year}</th>
          </tr>
        </thead>
        <tbody>
          {numeric.map((indicator) => (
            <tr key={indicator.id} data-indicator={indicator.code}>
              <td className="indicator-code">{indicator.code}</td>
              <th scope="row" className="indicator-text">
                <button type="button" className="link-button indicator-open" onClick={() => onOpen(indicator.id)}>{indicator.text}</button>
              </th>
              <td>{MEASURE_UNIT_LABEL[indicator.unit!]}</td>
              <td className="indicator-number">{valueIn(indicator, year - 1)}</td>
              <td className="indicator-number">{valueIn(indicator, year)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
