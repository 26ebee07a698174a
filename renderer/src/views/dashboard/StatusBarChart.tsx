import { createContext, memo, useContext, useMemo, type ComponentProps, type ReactElement } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis, type BarRectangleItem, type LabelProps } from 'recharts';
import { EFFECTIVE_STATUSES, type EffectiveStatus } from '@shared/domain/status';
import { STATUS_LABEL } from '@shared/labels';
import type { Group } from './model';
import { MeasuredWidth } from './MeasuredWidth';
import { patternFill } from './statusStyle';
import type { SelectGroup } from './StatusTable';

/**
 * Stacked horizontal bars, one per område or nämnd, one segment per status: the status pattern,
 * a white gap to its neighbour, its count when it fits, and a click that lists its åtgärder. The
 * table alternative (StatusTable) is the keyboard way. recharts' own bar shape is kept: a custom
 * shape makes it draw every zero-width segment too, which a big kommun's 60 nämnder make slow.
 */
type ChartRow = { id: number; name: string; total: number } & Record<EffectiveStatus, number>;

type LabelListEntry = Parameters<NonNullable<ComponentProps<typeof LabelList>['valueAccessor']>>[0];

const FontSize = createContext(13);

/** The label list's value: "category id:count", so a label knows which bar it belongs to. */
function labelValue(status: EffectiveStatus) {
  return (entry: LabelListEntry) => `${(entry.payload as ChartRow).id}:${(entry.payload as ChartRow)[status]}`;
}

/**
 * A segment's count, centred, when it fits; and, always, an invisible box with the segment's
 * data (read by the end-to-end tests and the benchmark), which lets clicks through to the bar.
 */
function SegmentLabel({ status, viewBox, value }: LabelProps & { status: EffectiveStatus }) {
  const fontSize = useContext(FontSize);
  const [id, count] = String(value).split(':');
  const box = viewBox as { x: number; y: number; width: number; height: number } | undefined;
  if (!box || Number(count) === 0) return null;
  const fits = box.width >= count.length * fontSize * 0.62 + 8;
  return (
    <g data-segment="" data-category-id={id} data-status={status} data-value={count} pointerEvents="none">
      <rect x={box.x} y={box.y} width={box.width} height={box.height} fill="none" />
      {fits && (
        <text x={box.x + box.width / 2} y={box.y + box.height / 2} dy="0.35em" textAnchor="middle" fontSize={fontSize}
          className={`bar-label bar-label-${status}`} aria-hidden="true">{count}</text>
      )}
    </g>
  );
}

// Stable per status: a new function per render would make recharts redo every bar.
const LABELS = Object.fromEntries(EFFECTIVE_STATUSES.map((status) => [
  status, { value: labelValue(status), content: (props: LabelProps) => <SegmentLabel {...props} status={status} /> },
])) as unknown as Record<EffectiveStatus, { value: (entry: LabelListEntry) => string; content: (props: LabelProps) => ReactElement }>;

const MAX_CHARS = 30;

function shorten(name: string, max: number): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

interface TickProps { x?: number | string; y?: number | string; payload?: { value: string | number } }

/**
 * Plain axis labels. recharts' own measure every word in the DOM to wrap it (a forced layout per
 * label); a long name is shortened instead, and its full text shown on hover.
 */
function CategoryTick({ x, y, payload }: TickProps) {
  const fontSize = useContext(FontSize);
  const name = String(payload?.value ?? '');
  return (
    <text x={x} y={y} dy="0.35em" textAnchor="end" fill="#1d2330" fontSize={fontSize}>
      {shorten(name, MAX_CHARS)}{name.length > MAX_CHARS && <title>{name}</title>}
    </text>
  );
}

function NumberTick({ x, y, payload }: TickProps) {
  const fontSize = useContext(FontSize);
  return <text x={x} y={y} dy="0.71em" textAnchor="middle" fill="#1d2330" fontSize={fontSize}>{payload?.value}</text>;
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

const Bars = memo(function Bars({ groups, onSelect, fontSize, width, height }: {
  groups: Group[];
  onSelect: SelectGroup | null;
  fontSize: number;
  width: number;
  height: number;
}) {
  const data = useMemo<ChartRow[]>(() => groups.map((g) => ({ id: g.id, name: g.name, total: g.total, ...g.counts })), [groups]);
  const clicks = useMemo(() => Object.fromEntries(EFFECTIVE_STATUSES.map((status) => [
    status, onSelect ? (item: BarRectangleItem) => onSelect((item.payload as ChartRow).id, status) : undefined,
  ])) as Record<EffectiveStatus, ((item: BarRectangleItem) => void) | undefined>, [onSelect]);
  const axisWidth = Math.min(fontSize * 20, Math.max(80, Math.max(...groups.map((g) => shorten(g.name, MAX_CHARS).length), 4) * fontSize * 0.56 + 12));
  return (
    <FontSize.Provider value={fontSize}>
      <BarChart data={data} layout="vertical" width={width} height={height} barSize={barSizeFor(data.length, fontSize)} accessibilityLayer={false}
        margin={{ top: 4, right: 16, bottom: 4, left: 4 }} className={onSelect ? 'status-bars status-bars-clickable' : 'status-bars'}>
        <CartesianGrid horizontal={false} stroke="#d5dae1" />
        <XAxis type="number" allowDecimals={false} tick={<NumberTick />} stroke="#525c6b" interval={0} />
        <YAxis type="category" dataKey="name" width={axisWidth} tick={<CategoryTick />} stroke="#525c6b" interval={0} />
        {EFFECTIVE_STATUSES.map((status) => (
          <Bar key={status} dataKey={status} stackId="status" name={STATUS_LABEL[status]} isAnimationActive={false}
            fill={patternFill(status)} stroke="#fff" strokeWidth={1.5} onClick={clicks[status]}>
            <LabelList valueAccessor={LABELS[status].value} content={LABELS[status].content} />
          </Bar>
        ))}
      </BarChart>
    </FontSize.Provider>
  );
});
