import type { EffectiveStatus } from './status';

/**
 * Rapportering under året (issue 14): an åtgärd that is not Genomförd or Avbruten and has no status
 * report in the year's follow-up periods carries the mark "Ej rapporterad under året" beside its
 * status. The status itself keeps the one-status-per-åtgärd rule (shared/domain/status.ts), so counts
 * still add up to the number of åtgärder; the mark is counted on its own.
 *
 * The year is the as-of date's year, up to that date. A report counts for the year when it is dated
 * in it, unless its period names an earlier year (a T3 report for last year handed in in January).
 * An åtgärd whose planned start lies after the date owes no report yet.
 */
export const NOT_REPORTED_LABEL = 'Ej rapporterad under året';

export function isNotReportedInYear(status: EffectiveStatus, reportedInYear: boolean, startDate: string | null, asOf: string): boolean {
  if (status === 'genomford' || status === 'avbruten') return false;
  if (startDate !== null && startDate > asOf) return false;
  return !reportedInYear;
}

/** The beslut behind an Avbruten report is given when all of beslut, instans and datum are. */
export function hasStopDecision(report: { stopDecision: string; stopDecidedBy: string; stopDecidedOn: string | null }): boolean {
  return report.stopDecision.trim() !== '' && report.stopDecidedBy.trim() !== '' && report.stopDecidedOn !== null;
}

/** The same for an åtgärd's latest report, as lists and reports carry it. */
export function latestStopDecided(action: { latestStopDecision: string; latestStopDecidedBy: string; latestStopDecidedOn: string | null }): boolean {
  return hasStopDecision({ stopDecision: action.latestStopDecision, stopDecidedBy: action.latestStopDecidedBy, stopDecidedOn: action.latestStopDecidedOn });
}
