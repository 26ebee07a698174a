import { memo, useMemo } from 'react';
import { EFFECTIVE_STATUSES, type EffectiveStatus } from '../../../../shared/domain/status';
import { barInBand, bands, countTicks, linear, plotArea, TICK_MARGIN, TICK_SIZE } from './chartGeometry';
import type { Group } from './model';
import { MeasuredWidth } from './MeasuredWidth';
import { patternFill } from './statusStyle';
import type { SelectGroup } from './StatusTable';

/**
 * Stacked horizontal bars, one per område or nämnd, one segment per status: the status pattern,
 * a white gap to its neighbour, its count when it fits, and a click that lists its åtgärder. The
 * table alternative (StatusTable) is the keyboard way. Plain SVG laid out by chartGeometry.ts:
 * recharts took most of Översikt's first render and of every redraw on a new date (issue 4), and
 * a zero segment is simply not drawn.
 */
const MARGIN = { top: 4, right: 16, bottom: 4, left: 4 };
const AXIS = '#525c6b';
const GRID = '#d5dae1';
const TEXT = '#1d2330';
const MAX_CHARS = 30;

function shorten(name: string, max: number): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

export const StatusBarChart = memo(function StatusBarChart(props: {
  groups: Group[];
  onSelect: SelectGroup | null;
  /** Presentationsläge sets a larger type; the bars grow with it. */
  fontSize?: number;
  /** A fixed width (for printing slides off screen); otherwise the chart fills its container. */
  width?: number;
}) {
  const fontSize = props.fontSize ?? 13;
  const height = chartHeight(props.groups.length, fontSize);
  if (props.width !== undefined) return <Bars {...props} fontSize={fontSize} width={props.width} height={height} />;
  return <MeasuredWidth height={height}>{(width) => <Bars {...props} fontSize={fontSize} width={width} height={height} />}</MeasuredWidth>;
});

/** Many bars (a big kommun has tens of nämnder) are drawn thinner, so the chart stays scrollable. */
function barSizeFor(count: number, fontSize: number): number {
  return Math.round(fontSize * (count > 15 ? 1.4 : 1.9));
}

function chartHeight(count: number, fontSize: number): number {
  return Math.max(120, count * (barSizeFor(count, fontSize) + Math.round(fontSize * (count > 15 ? 0.4 : 0.7))) + fontSize * 2 + 14);
}

/** A segment as recharts drew it (a path, four decimals), so its edges are smoothed the same way. */
function segmentPath(x: number, y: number, width: number, height: number): string {
  const n = (v: number): number => Math.round(v * 10_000) / 10_000;
  return `M ${n(x)},${n(y)} h ${n(width)} v ${n(height)} h ${n(-width)} Z`;
}

interface Segment { status: EffectiveStatus; count: number; x: number; width: number }

const Bars = memo(function Bars({ groups, onSelect, fontSize, width, height }: {
  groups: Group[];
  onSelect: SelectGroup | null;
  fontSize: number;
  width: number;
  height: number;
}) {
  const axisWidth = Math.min(fontSize * 20, Math.max(80, Math.max(...groups.map((g) => shorten(g.name, MAX_CHARS).length), 4) * fontSize * 0.56 + 12));
  const layout = useMemo(() => {
    const plot = plotArea(width, height, MARGIN, axisWidth);
    const ticks = countTicks(Math.max(0, ...groups.map((g) => EFFECTIVE_STATUSES.reduce((sum, s) => sum + g.counts[s], 0))));
    const x = linear(0, ticks[ticks.length - 1], plot.left, plot.left + plot.width);
    const rows = bands(groups.length, plot.top, plot.height);
    const barSize = barSizeFor(groups.length, fontSize);
    return {
      plot,
      ticks: ticks.map((value) => ({ value, x: x(value) })),
      rows: groups.map((group, i) => {
        const bar = barInBand(rows[i], barSize);
        let sum = 0;
        const segments: Segment[] = [];
        for (const status of EFFECTIVE_STATUSES) {
          const count = group.counts[status];
          if (count > 0) segments.push({ status, count, x: x(sum), width: x(sum + count) - x(sum) });
          sum += count;
        }
        return { group, centre: rows[i].centre, y: rows[i].start + bar.offset, size: bar.size, segments };
      }),
    };
  }, [groups, width, height, axisWidth, fontSize]);
  const { plot, ticks, rows } = layout;
  const bottom = plot.top + plot.height;
  const right = plot.left + plot.width;
  // Drawn in recharts' order: grid, bars, axes, tick labels, then the segments' counts on top.
  return (
    <div className={onSelect ? 'status-bars status-bars-clickable' : 'status-bars'} style={{ width, height }}>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="chart-svg">
        <g className="chart-grid">
          {ticks.map((t) => <line key={t.value} x1={t.x} y1={plot.top} x2={t.x} y2={bottom} stroke={GRID} fill="none" />)}
        </g>
        {rows.map((row) => row.segments.map((s) => (
          <path key={`${row.group.id}-${s.status}`} className="bar-segment" d={segmentPath(s.x, row.y, s.width, row.size)}
            fill={patternFill(s.status)} stroke="#fff" strokeWidth={1.5} onClick={onSelect ? () => onSelect(row.group.id, s.status) : undefined} />
        )))}
        <g className="chart-axis">
          <line x1={plot.left} y1={bottom} x2={right} y2={bottom} stroke={AXIS} fill="none" />
          {ticks.map((t) => <line key={t.value} x1={t.x} y1={bottom + TICK_SIZE} x2={t.x} y2={bottom} stroke={AXIS} fill="none" />)}
          <line x1={plot.left} y1={plot.top} x2={plot.left} y2={bottom} stroke={AXIS} fill="none" />
          {rows.map((row) => <line key={row.group.id} x1={plot.left - TICK_SIZE} y1={row.centre} x2={plot.left} y2={row.centre} stroke={AXIS} fill="none" />)}
        </g>
        <g className="chart-tick-labels">
          {ticks.map((t) => (
            <text key={t.value} x={t.x} y={bottom + TICK_SIZE + TICK_MARGIN} dy="0.71em" textAnchor="middle" fill={TEXT} fontSize={fontSize}>{t.value}</text>
          ))}
          {rows.map((row) => (
            <text key={row.group.id} x={plot.left - TICK_SIZE - TICK_MARGIN} y={row.centre} dy="0.35em" textAnchor="end" fill={TEXT} fontSize={fontSize}>
              {shorten(row.group.name, MAX_CHARS)}{row.group.name.length > MAX_CHARS && <title>{row.group.name}</title>}
            </text>
          ))}
        </g>
        {rows.map((row) => row.segments.map((s) => (
          <SegmentLabel key={`${row.group.id}-${s.status}`} id={row.group.id} segment={s} y={row.y} height={row.size} fontSize={fontSize} />
        )))}
      </svg>
    </div>
  );
});

/**
 * A segment's count, centred, when it fits; and, always, an invisible box with the segment's
 * data (read by the end-to-end tests and the benchmark), which lets clicks through to the bar.
 */
function SegmentLabel({ id, segment, y, height, fontSize }: { id: number; segment: Segment; y: number; height: number; fontSize: number }) {
  const count = String(segment.count);
  const fits = segment.width >= count.length * fontSize * 0.62 + 8;
  return (
    <g data-segment="" data-category-id={id} data-status={segment.status} data-value={count} pointerEvents="none">
      <rect x={segment.x} y={y} width={segment.width} height={height} fill="none" />
      {fits && (
        <text x={segment.x + segment.width / 2} y={y + height / 2} dy="0.35em" textAnchor="middle" fontSize={fontSize}
          className={`bar-label bar-label-${segment.status}`} aria-hidden="true">{count}</text>
      )}
    </g>
  );
}
