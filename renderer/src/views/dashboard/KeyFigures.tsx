import { memo } from 'react';
import type { EffectiveStatus } from '@shared/domain/status';
import { STATUS_LABEL } from '@shared/labels';
import { NOT_REPORTED_LABEL } from '@shared/domain/reporting';
import { STATUS_SYMBOL } from '@renderer/components/StatusBadge';
import { countChange, formatCount, formatShare, shareChange, type Change } from './format';
import type { KeyFigures as Figures, Selection } from './model';

/** The change since "Jämför med": "+3" to the eye, "3 fler än per 2025-11-26" to a screen reader. */
export function ChangeText({ change }: { change: Change | null }) {
  if (change === null) return null;
  return (
    <span className={`dash-delta dash-delta-${change.direction}`}>
      <span aria-hidden="true">Förändring <span className="dash-delta-value">{change.shown}</span></span>
      <span className="visually-hidden">, {change.spoken}</span>
    </span>
  );
}

interface Figure {
  key: string;
  label: string;
  status?: EffectiveStatus;
  value: string;
  change: Change | null;
  detail?: string;
  selection: Selection;
}

function figureList(now: Figures, before: Figures | null, compareTo: string | null): { main: Figure[]; statuses: Figure[] } {
  const change = (a: number, b: number | undefined): Change | null => (before && compareTo && b !== undefined ? countChange(a, b, compareTo) : null);
  const status = (s: EffectiveStatus, label: string = STATUS_LABEL[s]): Figure => ({
    key: s, label, status: s, value: formatCount(now.counts[s]), change: change(now.counts[s], before?.counts[s]), selection: { kind: 'status', status: s },
  });
  return {
    main: [
      { key: 'total', label: 'Åtgärder', value: formatCount(now.total), change: change(now.total, before?.total), selection: { kind: 'all' } },
      {
        key: 'share-genomford', label: 'Andel genomförda', status: 'genomford', value: formatShare(now.shareDone),
        change: before && compareTo ? shareChange(now.shareDone, before.shareDone, compareTo) : null,
        detail: `${formatCount(now.counts.genomford)} av ${formatCount(now.total)}`, selection: { kind: 'status', status: 'genomford' },
      },
      status('forsenad', 'Försenade'),
      status('ingen_uppfoljning'),
      { key: 'due90', label: 'Deadline inom 90 dagar', value: formatCount(now.dueSoon), change: change(now.dueSoon, before?.dueSoon), selection: { kind: 'dueSoon' } },
      {
        key: 'not-reported', label: NOT_REPORTED_LABEL, value: formatCount(now.notReported), change: change(now.notReported, before?.notReported),
        selection: { kind: 'notReported' },
      },
    ],
    statuses: [status('genomford'), status('pagaende'), status('ej_paborjad'), status('avbruten')],
  };
}

function FigureButton({ figure, onSelect, small }: { figure: Figure; onSelect: ((s: Selection) => void) | null; small?: boolean }) {
  const body = (
    <>
      <span className="dash-figure-label">
        {figure.status && <span aria-hidden="true" className="dash-figure-symbol">{STATUS_SYMBOL[figure.status]} </span>}
        {figure.label}
      </span>
      <span className="dash-figure-value" data-figure={figure.key}>{figure.value}</span>
      {figure.detail && <span className="dash-figure-detail">{figure.detail}</span>}
      <ChangeText change={figure.change} />
    </>
  );
  const className = `dash-figure${small ? ' dash-figure-small' : ''}${figure.status ? ` dash-figure-${figure.status}` : ''}`;
  return (
    <li className={className}>
      {onSelect ? <button type="button" className="dash-figure-button" onClick={() => onSelect(figure.selection)}>{body}</button>
        : <div className="dash-figure-button">{body}</div>}
    </li>
  );
}

/** Nyckeltal with their change; each one, when clicked, lists its åtgärder. */
export const KeyFigures = memo(function KeyFigures({ now, before, compareTo, onSelect, showStatuses = true }: {
  now: Figures;
  before: Figures | null;
  compareTo: string | null;
  onSelect: ((selection: Selection) => void) | null;
  showStatuses?: boolean;
}) {
  const { main, statuses } = figureList(now, before, compareTo);
  return (
    <div className="dash-figures-block">
      <ul className="dash-figures" aria-label="Nyckeltal">
        {main.map((f) => <FigureButton key={f.key} figure={f} onSelect={onSelect} />)}
      </ul>
      {showStatuses && (
        <ul className="dash-figures dash-figures-small" aria-label="Övriga statusar">
          {statuses.map((f) => <FigureButton key={f.key} figure={f} onSelect={onSelect} small />)}
        </ul>
      )}
    </div>
  );
});
