/**
 * Status rules shared by the services, the dashboards and the reports.
 *
 * A status report carries one of the four reported statuses. Two more are derived as of a date:
 * - Försenad: the deadline has passed (deadline < as-of date) and the åtgärd is not
 *   Genomförd or Avbruten — whether or not anyone has reported on it;
 * - Ingen uppföljning: no status report on or before the date (and not Försenad).
 * Together they give every åtgärd exactly one effective status, so counts add up to the total.
 */
export const REPORTED_STATUSES = ['ej_paborjad', 'pagaende', 'genomford', 'avbruten'] as const;
export type ReportedStatus = (typeof REPORTED_STATUSES)[number];

export const EFFECTIVE_STATUSES = ['genomford', 'pagaende', 'ej_paborjad', 'forsenad', 'ingen_uppfoljning', 'avbruten'] as const;
export type EffectiveStatus = (typeof EFFECTIVE_STATUSES)[number];

export const ASSESSMENTS = ['ja', 'delvis', 'nej'] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

/** Ja/Delvis/Nej as a number, the way SKL scores the ÖJ indicators. */
export type Score = 0 | 1 | 2;
/** Ja/Delvis/Nej = 2/1/0 (grön/gul/röd), as in the audits and SKL's tables. */
export const ASSESSMENT_SCORE: Record<Assessment, Score> = { ja: 2, delvis: 1, nej: 0 };
/** The scores from Ja down to Nej. */
export const SCORES: readonly Score[] = ASSESSMENTS.map((a) => ASSESSMENT_SCORE[a]);

export function isClosed(status: ReportedStatus | null): boolean {
  return status === 'genomford' || status === 'avbruten';
}

export function effectiveStatus(latest: ReportedStatus | null, deadline: string | null, asOf: string): EffectiveStatus {
  if (latest !== null && isClosed(latest)) return latest;
  if (deadline !== null && deadline < asOf) return 'forsenad';
  return latest ?? 'ingen_uppfoljning';
}

export type StatusCounts = Record<EffectiveStatus, number>;

export function emptyStatusCounts(): StatusCounts {
  return { genomford: 0, pagaende: 0, ej_paborjad: 0, forsenad: 0, ingen_uppfoljning: 0, avbruten: 0 };
}
