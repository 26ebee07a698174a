import { memo } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { Measure, MeasureValue } from '@shared/domain/measure';
import { periodFromKey } from '@shared/domain/period';
import { formatMeasureValue } from '@shared/measureLabels';
import { formatNumber } from '@shared/text';
import { MeasuredWidth } from '../dashboard/MeasuredWidth';

/**
 * A mått's utfall over time as a small line (recharts), with the målvärde as a dashed line and the
 * utgångsvärde as the first point. The numbers are also in the table beside it (WCAG: a chart
 * needs a text alternative); this figure's accessible name says what it shows in words.
 */
const UTFALL = '#1d4e89';
const TARGET = '#1b6e3a';

interface Point { name: string; value: number }

export function trendPoints(measure: Pick<Measure, 'baselineValue' | 'baselineYear'>, values: Pick<MeasureValue, 'period' | 'value'>[]): Point[] {
  const baseline = measure.baselineValue !== null && measure.baselineYear !== null && !values.some((v) => v.period === String(measure.baselineYear))
    ? [{ name: String(measure.baselineYear), value: measure.baselineValue }] : [];
  return [...baseline, ...values.map((v) => ({ name: periodFromKey(v.period)?.name ?? v.period, value: v.value }))];
}

/** "Utfall 2023–T2 2026: 90 %, 88 %, 92 %, 93 %. Målvärde 90 % senast 2023-12-31." */
export function trendLabel(measure: Measure, values: Pick<MeasureValue, 'period' | 'value'>[]): string {
  const points = trendPoints(measure, values);
  const shown = points.map((p) => `${p.name}: ${formatMeasureValue(p.value, measure.unit)}`).join(', ');
  const target = measure.targetValue === null ? 'Inget målvärde.' : `Målvärde ${formatMeasureValue(measure.targetValue, measure.unit)} senast ${measure.targetDate}.`;
  return `Linjediagram, ${measure.name}. ${points.length === 0 ? 'Inga utfall.' : `${shown}.`} ${target}`;
}

interface TickProps { x?: number | string; y?: number | string; payload?: { value: string | number } }

function PeriodTick({ x, y, payload }: TickProps) {
  return <text x={x} y={y} dy="0.71em" textAnchor="middle" fill="#1d2330" fontSize={12}>{payload?.value}</text>;
}

function ValueTick({ x, y, payload }: TickProps) {
  return <text x={x} y={y} dy="0.35em" textAnchor="end" fill="#1d2330" fontSize={12}>{formatNumber(Number(payload?.value ?? 0))}</text>;
}

export const MeasureTrendChart = memo(function MeasureTrendChart({ measure, values, height = 180 }: {
  measure: Measure;
  values: Pick<MeasureValue, 'period' | 'value'>[];
  height?: number;
}) {
  const points = trendPoints(measure, values);
  const figures = [...points.map((p) => p.value), ...(measure.targetValue === null ? [] : [measure.targetValue])];
  const top = measure.unit === 'procent' ? 100 : measure.unit === 'ja_nej' ? 1 : Math.max(1, ...figures) * 1.1;
  return (
    <div role="img" aria-label={trendLabel(measure, values)} className="measure-chart">
      <MeasuredWidth height={height}>
        {(width) => (
          <LineChart data={points} width={width} height={height} accessibilityLayer={false} margin={{ top: 14, right: 32, bottom: 4, left: 4 }}>
            <CartesianGrid stroke="#d5dae1" vertical={false} />
            <XAxis dataKey="name" tick={<PeriodTick />} stroke="#525c6b" interval={0} padding={{ left: 16, right: 16 }} />
            <YAxis domain={[Math.min(0, ...figures), Math.ceil(top)]} tick={<ValueTick />} stroke="#525c6b" width={48} allowDecimals={measure.unit !== 'ja_nej'} />
            {measure.targetValue !== null && (
              <ReferenceLine y={measure.targetValue} stroke={TARGET} strokeWidth={2} strokeDasharray="7 4" ifOverflow="extendDomain"
                label={{ value: `Målvärde ${formatMeasureValue(measure.targetValue, measure.unit)}`, position: 'insideTopLeft', fill: TARGET, fontSize: 12 }} />
            )}
            <Line dataKey="value" stroke={UTFALL} strokeWidth={2.5} isAnimationActive={false}
              dot={{ r: 4, fill: '#fff', stroke: UTFALL, strokeWidth: 2 }} activeDot={false} />
          </LineChart>
        )}
      </MeasuredWidth>
    </div>
  );
});
