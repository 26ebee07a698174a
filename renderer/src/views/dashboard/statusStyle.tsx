import type { ReactNode } from 'react';
import { EFFECTIVE_STATUSES, type EffectiveStatus } from '@shared/domain/status';
import { STATUS_LABEL } from '@shared/labels';
import { STATUS_SYMBOL } from '@renderer/components/StatusBadge';

/**
 * One status scheme for every chart: the status colours of styles.css (--genomford-fg …), a
 * pattern per status and the StatusBadge symbols, so colour is never the only carrier (WCAG 1.4.1).
 * The dark fills have ≥ 7:1 against white; segments are parted by a white gap (1.4.11).
 */
export function patternId(status: EffectiveStatus): string {
  return `status-pattern-${status}`;
}

export function patternFill(status: EffectiveStatus): string {
  return `url(#${patternId(status)})`;
}

const MARK = { stroke: '#fff', strokeWidth: 1.6, strokeOpacity: 0.6 };

/** What is drawn over the status colour, on an 8×8 tile. Genomförd stays solid. */
const MARKS: Record<EffectiveStatus, ReactNode> = {
  genomford: null,
  pagaende: <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" {...MARK} />,
  ej_paborjad: <circle cx="4" cy="4" r="1.6" fill="#fff" fillOpacity={0.7} />,
  forsenad: <path d="M0,0 l8,8 M8,0 l-8,8" {...MARK} />,
  ingen_uppfoljning: <path d="M0,4 h8" {...MARK} />,
  avbruten: <path d="M4,0 v8" {...MARK} />,
};

/** The patterns, once per page; charts and legends refer to them by id. Not display:none: Chromium then drops the patterns. */
export function StatusPatternDefs() {
  return (
    <svg id="status-pattern-defs" className="status-pattern-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        {EFFECTIVE_STATUSES.map((status) => (
          <pattern key={status} id={patternId(status)} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" className={`status-fill-${status}`} />
            {MARKS[status]}
          </pattern>
        ))}
      </defs>
    </svg>
  );
}

/** A proportional bar of the statuses, for a slide: decoration beside the counts it repeats. */
export function StatusStrip({ counts }: { counts: Record<EffectiveStatus, number> }) {
  const total = EFFECTIVE_STATUSES.reduce((n, s) => n + counts[s], 0);
  let x = 0;
  return (
    <svg className="status-strip" viewBox="0 0 1000 40" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      {total > 0 && EFFECTIVE_STATUSES.filter((s) => counts[s] > 0).map((s) => {
        const width = (counts[s] / total) * 1000;
        const rect = <rect key={s} x={x} y={0} width={width} height={40} fill={patternFill(s)} stroke="#fff" strokeWidth={3} />;
        x += width;
        return rect;
      })}
    </svg>
  );
}

export function StatusSwatch({ status }: { status: EffectiveStatus }) {
  return (
    <svg className="status-swatch" width="22" height="16" viewBox="0 0 22 16" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="21" height="15" rx="2" fill={patternFill(status)} />
    </svg>
  );
}

/** The legend every status chart shares: swatch, symbol and name. */
export function StatusLegend({ statuses = EFFECTIVE_STATUSES }: { statuses?: readonly EffectiveStatus[] }) {
  return (
    <ul className="status-legend" aria-label="Teckenförklaring">
      {statuses.map((status) => (
        <li key={status}>
          <StatusSwatch status={status} />
          <span aria-hidden="true" className="status-legend-symbol">{STATUS_SYMBOL[status]}</span>
          {STATUS_LABEL[status]}
        </li>
      ))}
    </ul>
  );
}

const FALLBACK: Record<EffectiveStatus, string> = {
  genomford: '#1b5e2a', pagaende: '#1f4e8c', ej_paborjad: '#3d4654', forsenad: '#9b1c13', ingen_uppfoljning: '#6b4a00', avbruten: '#4d3270',
};

/** The status colour from styles.css, for SVG attributes that cannot take var(). */
export function statusColor(status: EffectiveStatus): string {
  const value = typeof document === 'undefined' ? '' : getComputedStyle(document.documentElement).getPropertyValue(`--${status}-fg`).trim();
  return value || FALLBACK[status];
}
