import type { Statement } from 'better-sqlite3';
import type { ServiceContext } from '../context';
import type { ReportedStatus } from '@shared/domain/status';

/**
 * "Has this åtgärd a status report in the as-of date's year?" (shared/domain/reporting.ts), worked out
 * from the åtgärd's latest report, which every status query reads anyway: one seek per åtgärd in the
 * covering index status_report_latest (action_id, reported_on, id, status, period). When the latest
 * report lies before the year, there is none in it. When it lies in the year, it counts, unless its
 * period names an earlier year (last year's T3 handed in in January): only then are the year's other
 * reports looked at, for that åtgärd alone.
 */
export const LATEST_REPORT_SQL = `(SELECT s.status || '|' || s.reported_on || '|' || s.period FROM status_report s
  WHERE s.action_id = a.id AND s.reported_on <= @asOf ORDER BY s.reported_on DESC, s.id DESC LIMIT 1)`;

export interface LatestReport {
  status: ReportedStatus;
  reportedOn: string;
  period: string;
}

/** The value LATEST_REPORT_SQL gives, read back (a period may itself hold "|"). */
export function parseLatest(value: string | null): LatestReport | null {
  if (value === null) return null;
  const [status, reportedOn, ...period] = value.split('|');
  return { status: status as ReportedStatus, reportedOn, period: period.join('|') };
}

function periodBefore(period: string, year: string): boolean {
  return /^\d{4}/.test(period) && period.slice(0, 4) < year;
}

/** A checker for one as-of date: (åtgärd, its latest report) → reported in the date's year. */
export function reportedInYear(ctx: ServiceContext, asOf: string): (actionId: number, latest: Pick<LatestReport, 'reportedOn' | 'period'> | null) => boolean {
  const year = asOf.slice(0, 4);
  const yearStart = `${year}-01-01`;
  let others: Statement<[number, string, string, string]> | null = null;
  return (actionId, latest) => {
    if (latest === null || latest.reportedOn < yearStart) return false;
    if (!periodBefore(latest.period, year)) return true;
    others ??= ctx.db.prepare(`SELECT 1 FROM status_report WHERE action_id = ? AND reported_on >= ? AND reported_on <= ?
      AND NOT (period GLOB '[0-9][0-9][0-9][0-9]*' AND substr(period, 1, 4) < ?) LIMIT 1`);
    return others.get(actionId, yearStart, asOf, year) !== undefined;
  };
}
