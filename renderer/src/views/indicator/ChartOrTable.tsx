import { useId, useState, type ReactNode } from 'react';

/**
 * A chart with its table alternative (WCAG 1.1.1): the caption names both, and one button switches
 * between them. The chart itself carries the same name as an image.
 */
export function ChartOrTable({ title, chart, table }: { title: string; chart: ReactNode; table: ReactNode }) {
  const [asTable, setAsTable] = useState(false);
  const captionId = useId();
  return (
    <figure className="indicator-figure" aria-labelledby={captionId}>
      <div className="indicator-figure-head">
        <figcaption id={captionId}>{title}</figcaption>
        <button type="button" className="button button-small" onClick={() => setAsTable(!asTable)}>
          {asTable ? 'Visa som diagram' : 'Visa som tabell'}
        </button>
      </div>
      {asTable ? table : chart}
    </figure>
  );
}
