import { useId, useState, type ReactNode } from 'react';

/**
 * A chart with its accessible name (role="img" + aria-label: what it shows and as of when) and a
 * "Visa som tabell" toggle to a table with the same numbers — the keyboard and screen-reader way
 * to the data, and to the drill-down, since the chart's bars only take mouse clicks.
 */
export function ChartFigure({ id, title, label, caption, hint, asOf, chart, table, legend }: {
  id: string;
  title: string;
  /** The chart's accessible name, e.g. "Liggande staplar: status per utvecklingsområde per 2026-11-26 …". */
  label: string;
  caption?: ReactNode;
  /** How to use it on screen; left out of the printed handout. */
  hint?: string;
  /** The date the drawn numbers are as of (read by tests and the benchmark). */
  asOf: string;
  chart: ReactNode;
  table: ReactNode;
  legend?: ReactNode;
}) {
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  return (
    <figure className="dash-card chart-figure" data-chart={id} data-as-of={asOf} data-view={asTable ? 'table' : 'chart'}
      aria-labelledby={headingId}>
      <div className="chart-head">
        <h2 id={headingId} className="chart-title">{title}</h2>
        <button type="button" className="button chart-toggle" aria-pressed={asTable} data-handout="omit"
          onClick={() => setAsTable((v) => !v)}>
          Visa som tabell
        </button>
      </div>
      {asTable ? table : (
        <>
          <div className="chart-body" role="img" aria-label={label}>{chart}</div>
          {legend}
        </>
      )}
      {(caption || hint) && (
        <figcaption className="chart-caption">
          {caption}{caption && hint && ' '}{hint && <span data-handout="omit">{hint}</span>}
        </figcaption>
      )}
    </figure>
  );
}
