import type { IndicatorRow, IndicatorSummary } from '@shared/domain/indicatorSummary';
import { ScoreSelect } from './ScoreSelect';
import { SCORE_CLASS, SCORE_LABEL, percentText } from './scoreLabels';
import { useIndicatorStore } from './indicatorStore';
import { errorMessage } from '@renderer/api/client';
import { useNoticeStore } from '@renderer/stores/noticeStore';

function PreviousScore({ row }: { row: IndicatorRow }) {
  if (row.previousScore === null) return <span className="muted">–</span>;
  return <span className={SCORE_CLASS[row.previousScore]}>{SCORE_LABEL[row.previousScore]}</span>;
}

/**
 * Every indicator, grouped by kvalitetsområde, with the national share of Ja, the comparison year's
 * answer and this year's answer to record. A change is saved at once (and can be undone).
 */
export function IndicatorTable({ summary, readOnly, onOpen }: {
  summary: IndicatorSummary;
  readOnly: boolean;
  onOpen: (indicatorId: number) => void;
}) {
  const setValue = useIndicatorStore((s) => s.setValue);
  const groups = summary.byQualityArea.map((g) => ({ name: g.name, rows: summary.rows.filter((r) => r.qualityArea === g.name) }));
  const columns = summary.previousYear === null ? 4 : 5;
  return (
    <table className="indicator-table">
      <caption className="visually-hidden">Indikatorer med kommunens svar {summary.year} och andelen ja-svar i riket</caption>
      <thead>
        <tr>
          <th scope="col" className="indicator-col-code">Kod</th>
          <th scope="col">Indikator</th>
          <th scope="col" className="indicator-col-share">Andel ja i riket</th>
          {summary.previousYear !== null && <th scope="col" className="indicator-col-previous">{summary.previousYear}</th>}
          <th scope="col" className="indicator-col-value">{summary.year}</th>
        </tr>
      </thead>
      {groups.map((group) => (
        <tbody key={group.name}>
          <tr className="indicator-group">
            <th scope="colgroup" colSpan={columns}>{group.name}</th>
          </tr>
          {group.rows.map((row) => (
            <tr key={row.indicatorId} data-indicator={row.code}>
              <td className="indicator-code">{row.code}</td>
              <th scope="row" className="indicator-text">
                <button type="button" className="link-button indicator-open" onClick={() => onOpen(row.indicatorId)}>{row.text}</button>
                {row.indicatorArea && <span className="indicator-area">{row.indicatorArea}</span>}
                {row.comment && <span className="indicator-comment">{row.comment}</span>}
              </th>
              <td className="indicator-number">{percentText(row.nationalShareYes)}</td>
              {summary.previousYear !== null && <td><PreviousScore row={row} /></td>}
              <td>
                <ScoreSelect value={row.score} disabled={readOnly} aria-label={`${summary.year}: ${row.code} ${row.text}`}
                  onChange={(score) => void setValue(row.indicatorId, summary.year, score === null ? null : { score })
                    .catch((error: unknown) => useNoticeStore.getState().show(errorMessage(error), 'error'))} />
              </td>
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
