import { Legend } from 'recharts';

/**
 * A legend in the order the bars are drawn (recharts sorts alphabetically by default), with its
 * text in the body colour so it keeps 4.5:1 contrast whatever the series colour. A function, not a
 * component: the chart looks for its Legend among its own children.
 */
export function chartLegend(order: string[]) {
  return (
    <Legend itemSorter={(item) => order.indexOf(String(item.value))}
      formatter={(value) => <span className="indicator-legend-text">{String(value)}</span>} />
  );
}
