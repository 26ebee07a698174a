import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { GroupSummary, IndicatorSummary } from '@shared/domain/indicatorSummary';
import { chartLegend } from './chartLegend';
import { ChartOrTable } from './ChartOrTable';
import { percentText } from './scoreLabels';

/** Colours with at least 3:1 against white (WCAG 1.4.11); the legend and the table carry the same. */
const COLOURS = { year: '#1f4e8c', previous: '#5a7fb8', national: '#b34700' };

function round(value: number | null): number | null {
  return value === null ? null : Math.round(value);
}

/**
 * Andel ja per kvalitetsområde: the kommun this year and the comparison year against the national
 * share for the same indicators (ÖJ Brottsoffer 2015).
 */
export function AreaComparison({ summary }: { summary: IndicatorSummary }) {
  const groups: GroupSummary[] = [{ ...summary.total, name: 'Alla indikatorer' }, ...summary.byQualityArea];
  const shown = groups.filter((g) => g.answered > 0 || g.previousShareYes !== null);
  const yearName = `Kommunen ${summary.year}`;
  const previousName = summary.previousYear === null ? null : `Kommunen ${summary.previousYear}`;
  const nationalName = 'Riket (ÖJ 2015)';
  const data = shown.map((g) => ({
    name: g.name, [yearName]: round(g.shareYes), ...(previousName ? { [previousName]: round(g.previousShareYes) } : {}), [nationalName]: round(g.nationalShareYes),
  }));
  const title = `Andel ja-svar per kvalitetsområde ${summary.year}: kommunen${previousName ? ` och ${summary.previousYear}` : ''} jämfört med riket`;

  const table = (
    <table className="indicator-data-table">
      <thead>
        <tr>
          <th scope="col">Kvalitetsområde</th>
          <th scope="col" className="indicator-number">Besvarade {summary.year}</th>
          <th scope="col" className="indicator-number">{yearName}</th>
          {previousName && <th scope="col" className="indicator-number">{previousName}</th>}
          <th scope="col" className="indicator-number">{nationalName}</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.name}>
            <th scope="row">{g.name}</th>
            <td className="indicator-number">{g.answered} av {g.indicators}</td>
            <td className="indicator-number">{percentText(g.shareYes)}</td>
            {previousName && <td className="indicator-number">{percentText(g.previousShareYes)}</td>}
            <td className="indicator-number">{percentText(g.nationalShareYes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  const chart = shown.length === 0 ? <p className="muted">Inga värden för {summary.year} ännu.</p> : (
    <ResponsiveContainer width="100%" height={80 + shown.length * (previousName ? 60 : 46)}>
      <BarChart data={data} layout="vertical" margin={{ top: 5, right: 24, bottom: 5, left: 8 }} accessibilityLayer={false} role="img"
        title={title} desc="Riket är genomsnittet av andelen ja-svar i riket för de indikatorer kommunen har besvarat.">
        <CartesianGrid horizontal={false} stroke="#d5dae1" />
        <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={(v: number) => `${v} %`} stroke="#525c6b" />
        <YAxis type="category" dataKey="name" width={190} stroke="#525c6b" tick={{ fontSize: 13 }} />
        <Tooltip formatter={(value) => `${String(value)} %`} />
        {chartLegend([yearName, ...(previousName ? [previousName] : []), nationalName])}
        <Bar dataKey={yearName} fill={COLOURS.year} />
        {previousName && <Bar dataKey={previousName} fill={COLOURS.previous} />}
        <Bar dataKey={nationalName} fill={COLOURS.national} />
      </BarChart>
    </ResponsiveContainer>
  );
  return <ChartOrTable title={title} chart={chart} table={table} />;
}
