import { memo, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis, type DotProps } from 'recharts';
import type { TrendPoint } from '@shared/domain/dashboard';
import { STATUS_LABEL } from '@shared/labels';
import { STATUS_SYMBOL } from '@renderer/components/StatusBadge';
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

function SquareDot({ cx, cy, stroke }: DotProps) {
  if (cx === undefined || cy === undefined) return <g />;
  return <rect x={cx - 5} y={cy - 5} width={10} height={10} fill="#fff" stroke={stroke} strokeWidth={2.5} />;
}

interface TickProps { x?: number | string; y?: number | string; payload?: { value: string | number } }

// Plain labels: recharts' own measure each one in the DOM (a forced layout per label).
function PeriodTick({ x, y, payload }: TickProps) {
  return <text x={x} y={y} dy="0.71em" textAnchor="middle" fill="#1d2330" fontSize={13}>{payload?.value}</text>;
}

function PercentTick({ x, y, payload }: TickProps) {
  return <text x={x} y={y} dy="0.35em" textAnchor="end" fill="#1d2330" fontSize={13}>{payload?.value} %</text>;
}

const HEIGHT = 260;

export const TrendChart = memo(function TrendChart({ rows }: { rows: TrendRow[] }) {
  return <MeasuredWidth height={HEIGHT}>{(width) => <Lines rows={rows} width={width} />}</MeasuredWidth>;
});

const Lines = memo(function Lines({ rows, width }: { rows: TrendRow[]; width: number }) {
  const colors = useMemo(() => ({ done: statusColor('genomford'), late: statusColor('forsenad') }), []);
  return (
    <LineChart data={rows} width={width} height={HEIGHT} accessibilityLayer={false} margin={{ top: 12, right: 24, bottom: 4, left: 4 }}>
      <CartesianGrid stroke="#d5dae1" vertical={false} />
      {/* A fixed interval (every n-th period fits in the width): recharts' own way measures every label. */}
      <XAxis dataKey="name" tick={<PeriodTick />} stroke="#525c6b" interval={Math.max(0, Math.ceil(rows.length / Math.max(1, Math.floor(width / 72))) - 1)} />
      <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} interval={0} tick={<PercentTick />} stroke="#525c6b" width={52} />
      <Line dataKey="doneShare" name={STATUS_LABEL.genomford} stroke={colors.done} strokeWidth={3} isAnimationActive={false}
        dot={{ r: 4.5, fill: '#fff', stroke: colors.done, strokeWidth: 2.5 }} activeDot={false} />
      <Line dataKey="lateShare" name={STATUS_LABEL.forsenad} stroke={colors.late} strokeWidth={3} strokeDasharray="9 5" isAnimationActive={false}
        dot={<SquareDot />} activeDot={false} />
    </LineChart>
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
