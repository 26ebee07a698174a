import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { IndicatorSummary } from '@shared/domain/indicatorSummary';
import { chartLegend } from './chartLegend';
import { ChartOrTable } from './ChartOrTable';
import { percentText } from './scoreLabels';

/** Grön/gul/röd as in SKL's tables, dark enough for 3:1 against white. */
const COLOURS = { Ja: '#1b5e2a', Delvis: '#a07400', Nej: '#9b1c13' };

/** The kommun's answers year by year: how many indicators it answered Ja, Delvis and Nej. */
export function YearTrend({ summary }: { summary: IndicatorSummary }) {
  const title = 'Kommunens svar per år';
  const data = summary.byYear.map((y) => ({ year: String(y.year), Ja: y.counts.ja, Delvis: y.counts.delvis, Nej: y.counts.nej }));
  const table = (
    <table className="indicator-data-table">
      <thead>
        <tr>
          <th scope="col">År</th>
          <th scope="col" className="indicator-number">Ja</th>
          <th scope="col" className="indicator-number">Delvis</th>
          <th scope="col" className="indicator-number">Nej</th>
          <th scope="col" className="indicator-number">Andel ja</th>
          <th scope="col" className="indicator-number">Poäng</th>
        </tr>
      </thead>
      <tbody>
        {summary.byYear.map((y) => (
          <tr key={y.year}>
            <th scope="row">{y.year}</th>
            <td className="indicator-number">{y.counts.ja}</td>
            <td className="indicator-number">{y.counts.delvis}</td>
            <td className="indicator-number">{y.counts.nej}</td>
            <td className="indicator-number">{percentText(y.shareYes)}</td>
            <td className="indicator-number">{y.points} av {y.maxPoints}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  const chart = data.length === 0 ? <p className="muted">Inga värden är registrerade ännu.</p> : (
    <ResponsiveContainer width="100%" height={300}>
      <BarChart data={data} margin={{ top: 5, right: 16, bottom: 5, left: 0 }} accessibilityLayer={false} role="img"
        title={title} desc="Antal indikatorer som kommunen har besvarat med Ja, Delvis och Nej, per år.">
        <CartesianGrid vertical={false} stroke="#d5dae1" />
        <XAxis dataKey="year" stroke="#525c6b" />
        <YAxis allowDecimals={false} stroke="#525c6b" width={40} />
        <Tooltip />
        {chartLegend(['Ja', 'Delvis', 'Nej'])}
        <Bar dataKey="Ja" stackId="svar" fill={COLOURS.Ja} />
        <Bar dataKey="Delvis" stackId="svar" fill={COLOURS.Delvis} />
        <Bar dataKey="Nej" stackId="svar" fill={COLOURS.Nej} />
      </BarChart>
    </ResponsiveContainer>
  );
  return <ChartOrTable title={title} chart={chart} table={table} />;
}
