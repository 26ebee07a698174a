import type { EffectiveStatus } from '@shared/domain/status';
import { STATUS_LABEL } from '@shared/labels';
import { NOT_REPORTED_LABEL } from '@shared/domain/reporting';

/** A symbol per status so colour is never the only carrier (WCAG 1.4.1). */
export const STATUS_SYMBOL: Record<EffectiveStatus, string> = {
  genomford: '✓',
  pagaende: '◐',
  ej_paborjad: '○',
  forsenad: '!',
  ingen_uppfoljning: '?',
  avbruten: '✕',
};

export function StatusBadge({ status }: { status: EffectiveStatus }) {
  return (
    <span className={`status status-${status}`}>
      <span aria-hidden="true" className="status-symbol">{STATUS_SYMBOL[status]}</span>
      {STATUS_LABEL[status]}
    </span>
  );
}

/** The status and, beside it, the mark "Ej rapporterad under året" (shared/domain/reporting.ts). */
export function StatusWithMark({ status, notReportedInYear }: { status: EffectiveStatus; notReportedInYear: boolean }) {
  return (
    <>
      <StatusBadge status={status} />
      {notReportedInYear && <span className="status-mark">{NOT_REPORTED_LABEL}</span>}
    </>
  );
}
