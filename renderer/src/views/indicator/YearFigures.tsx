import type { IndicatorSummary } from '@shared/domain/indicatorSummary';
import { percentText } from './scoreLabels';

/** The year in a few numbers: answered, Ja/Delvis/Nej, share of Ja against riket and the year before. */
export function YearFigures({ summary }: { summary: IndicatorSummary }) {
  const { total } = summary;
  return (
    <ul className="indicator-figures" aria-label={`Nyckeltal ${summary.year}`}>
      <li><span className="indicator-figure-value" data-indicator-figure="answered">{total.answered}</span> av {total.indicators} besvarade</li>
      <li><span className="indicator-figure-value indicator-ja">{total.counts.ja}</span> Ja</li>
      <li><span className="indicator-figure-value indicator-delvis">{total.counts.delvis}</span> Delvis</li>
      <li><span className="indicator-figure-value indicator-nej">{total.counts.nej}</span> Nej</li>
      <li>
        <span className="indicator-figure-value" data-indicator-figure="share">{percentText(total.shareYes)}</span>
        ja-svar (riket {percentText(total.nationalShareYes)}
        {summary.previousYear !== null && `, ${summary.previousYear}: ${percentText(total.previousShareYes)}`})
      </li>
    </ul>
  );
}
