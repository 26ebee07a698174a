/**
 * "Has this åtgärd a status report in the as-of date's year?" as one SQL expression, so the list of
 * åtgärder, the summary, the per-date statuses and the report all use the same rule
 * (shared/domain/reporting.ts). `a.id` is the åtgärd; the parameters come from reportingYearParams.
 * It seeks status_report(action_id, reported_on) and reads a period only for the year's few reports.
 */
export const REPORTED_IN_YEAR_SQL = `EXISTS (SELECT 1 FROM status_report ry WHERE ry.action_id = a.id
  AND ry.reported_on >= @yearStart AND ry.reported_on <= @asOf
  AND NOT (ry.period GLOB '[0-9][0-9][0-9][0-9]*' AND substr(ry.period, 1, 4) < @yearText))`;

export function reportingYearParams(asOf: string): { yearStart: string; yearText: string } {
  return { yearStart: `${asOf.slice(0, 4)}-01-01`, yearText: asOf.slice(0, 4) };
}
