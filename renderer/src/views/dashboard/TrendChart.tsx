import { memo, useMemo } from 'react';
import type { TrendPoint } from '../../../../shared/domain/dashboard';
import { STATUS_SYMBOL } from '../../components/StatusBadge';
import { linear, plotArea, pointPositions, svgNumber, TICK_MARGIN, TICK_SIZE } from './chartGeometry';
import { formatCount, formatShare } from './format';
import { MeasuredWidth } from './MeasuredWidth';
import { statusColor } from './statusStyle';

/**
 * Share Genomförd and share Försenad at the end of each period. Told apart by colour, line style
 * (solid and dashed) and marker (circle and square), and named in the legend with their symbols.
 */
export interface TrendRow { key: string; name: string; date: string; total: number; done: number; late: number; doneShare: number; lateShare: number }

export function trendRows(points: TrendPoint[]): TrendRow[] {
  const share = (n: number, total: number): number => (total === 0 ? 0 : Math.round((n / total) * 1000) / 10);
  return points.map((p) => ({
    key: p.key, name: p.name, date: p.date, total: p.total, done: p.counts.genomford, late: p.counts.forsenad,
    doneShare: share(p.counts.genomford, p.total), lateShare: share(p.counts.forsenad, p.total),
  }));
}

const HEIGHT = 260;
const MARGIN = { top: 12, right: 24, bottom: 4, left: 4 };
const Y_AXIS_WIDTH = 52;
const SHARE_TICKS = [0, 25, 50, 75, 100];
const AXIS = '#525c6b';
const TEXT = '#1d2330';

export const TrendChart = memo(function TrendChart({ rows }: { rows: TrendRow[] }) {
  return <MeasuredWidth height={HEIGHT}>{(width) => <Lines rows={rows} width={width} />}</MeasuredWidth>;
});

/**
 * Plain SVG laid out by chartGeometry.ts with the rules recharts used for this chart before
 * (recharts took most of Översikt's render time): periods from edge to edge, 0–100 % upwards.
 */
const Lines = memo(function Lines({ rows, width }: { rows: TrendRow[]; width: number }) {
  const colors = useMemo(() => ({ done: statusColor('genomford'), late: statusColor('forsenad') }), []);
  const plot = plotArea(width, HEIGHT, MARGIN, Y_AXIS_WIDTH);
  const bottom = plot.top + plot.height;
  const right = plot.left + plot.width;
  const y = linear(0, 100, bottom, plot.top);
  const xs = pointPositions(rows.length, plot.left, plot.width);
  // Every n-th period's label, as many as fit in the width at about 72 px each.
  const every = Math.max(0, Math.ceil(rows.length / Math.max(1, Math.floor(width / 72))) - 1) + 1;
  const labelled = rows.map((row, i) => ({ row, x: xs[i] })).filter((_, i) => i % every === 0);
  const path = (share: (row: TrendRow) => number): string => rows.map((row, i) => `${i === 0 ? 'M' : 'L'}${svgNumber(xs[i])},${svgNumber(y(share(row)))}`).join('');
  // Drawn in recharts' order: grid, lines, axes, markers, tick labels.
  return (
    <div className="trend-chart" style={{ width, height: HEIGHT }}>
      <svg width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} className="chart-svg">
        <g className="chart-grid">
          {SHARE_TICKS.map((t) => <line key={t} x1={plot.left} y1={y(t)} x2={right} y2={y(t)} stroke="#d5dae1" fill="none" />)}
        </g>
        {rows.length > 0 && (
          <>
            {/* "recharts-line": the benchmark (tests/bench/dashboardBench.ts) waits for it. */}
            <g className="recharts-line trend-line"><path d={path((r) => r.doneShare)} stroke={colors.done} strokeWidth={3} fill="none" /></g>
            <g className="recharts-line trend-line"><path d={path((r) => r.lateShare)} stroke={colors.late} strokeWidth={3} strokeDasharray="9 5" fill="none" /></g>
          </>
        )}
        <g className="chart-axis">
          <line x1={plot.left} y1={bottom} x2={right} y2={bottom} stroke={AXIS} fill="none" />
          {labelled.map(({ row, x }) => <line key={row.key} x1={x} y1={bottom + TICK_SIZE} x2={x} y2={bottom} stroke={AXIS} fill="none" />)}
          <line x1={plot.left} y1={plot.top} x2={plot.left} y2={bottom} stroke={AXIS} fill="none" />
          {SHARE_TICKS.map((t) => <line key={t} x1={plot.left - TICK_SIZE} y1={y(t)} x2={plot.left} y2={y(t)} stroke={AXIS} fill="none" />)}
        </g>
        <g className="trend-markers">
          {rows.map((row, i) => <circle key={row.key} cx={xs[i]} cy={svgNumber(y(row.doneShare))} r={4.5} fill="#fff" stroke={colors.done} strokeWidth={2.5} />)}
        </g>
        <g className="trend-markers">
          {rows.map((row, i) => (
            <rect key={row.key} x={xs[i] - 5} y={svgNumber(y(row.lateShare)) - 5} width={10} height={10} fill="#fff" stroke={colors.late} strokeWidth={2.5} />
          ))}
        </g>
        <g className="chart-tick-labels">
          {labelled.map(({ row, x }) => (
            <text key={row.key} x={x} y={bottom + TICK_SIZE + TICK_MARGIN} dy="0.71em" textAnchor="middle" fill={TEXT} fontSize={13}>{row.name}</text>
          ))}
          {SHARE_TICKS.map((t) => (
            <text key={t} x={plot.left - TICK_SIZE - TICK_MARGIN} y={y(t)} dy="0.35em" textAnchor="end" fill={TEXT} fontSize={13}>{t} %</text>
          ))}
        </g>
      </svg>
    </div>
  );
});

/** The legend of the trend: the line style and marker of each series. */
export function TrendLegend() {
  return (
    <ul className="status-legend" aria-label="Teckenförklaring">
      <li>
        <svg width="34" height="14" aria-hidden="true" focusable="false"><line x1="0" y1="7" x2="34" y2="7" className="trend-key-genomford" strokeWidth="3" /><circle cx="17" cy="7" r="4.5" fill="#fff" className="trend-key-genomford" strokeWidth="2.5" /></svg>
        <span aria-hidden="true" className="status-legend-symbol">{STATUS_SYMBOL.genomford}</span>Andel genomförda (heldragen linje)
      </li>
      <li>
        <svg width="34" height="14" aria-hidden="true" focusable="false"><line x1="0" y1="7" x2="34" y2="7" className="trend-key-forsenad" strokeWidth="3" strokeDasharray="9 5" /><rect x="12" y="2" width="10" height="10" fill="#fff" className="trend-key-forsenad" strokeWidth="2.5" /></svg>
        <span aria-hidden="true" className="status-legend-symbol">{STATUS_SYMBOL.forsenad}</span>Andel försenade (streckad linje)
      </li>
    </ul>
  );
}

export function TrendTable({ rows, caption }: { rows: TrendRow[]; caption: string }) {
  return (
    <div className="dash-table-wrap">
      <table className="dash-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Per datum</th>
            <th scope="col" className="dash-num">Åtgärder</th>
            <th scope="col" className="dash-num">Genomförda</th>
            <th scope="col" className="dash-num">Andel genomförda</th>
            <th scope="col" className="dash-num">Försenade</th>
            <th scope="col" className="dash-num">Andel försenade</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-period={r.key}>
              <th scope="row">{r.name}</th>
              <td className="date">{r.date}</td>
              <td className="dash-num">{formatCount(r.total)}</td>
              <td className="dash-num">{formatCount(r.done)}</td>
              <td className="dash-num" data-share="genomford">{formatShare(r.doneShare)}</td>
              <td className="dash-num">{formatCount(r.late)}</td>
              <td className="dash-num" data-share="forsenad">{formatShare(r.lateShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
