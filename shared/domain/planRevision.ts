import { addYearsIso } from '../dates';
import type { Plan } from './types';
import type { Versioned } from './rowVersion';

/**
 * The plan's revisions (revidering): when it was revised, who decided it, under which diarienummer
 * and what changed. The plan says how often it is to be revised (revisionIntervalYears); the next
 * revision is due that many years after the latest one, or after the plan's own beslut when it has
 * never been revised. Seed 001's first finding is exactly a plan that "ska revideras vartannat år"
 * and was not.
 */
export interface PlanRevision extends Versioned {
  id: number;
  planId: number;
  /** The date of the beslut, ISO. */
  revisedOn: string;
  /** The instans that decided it, e.g. "Kommunfullmäktige". */
  decidedBy: string;
  diaryNumber: string;
  /** What changed, in the strateg's words. */
  changes: string;
  createdAt: string;
  updatedAt: string;
}

export interface RevisionStatus {
  intervalYears: number | null;
  /** The latest revision on or before the date, else null. */
  lastRevision: Pick<PlanRevision, 'revisedOn' | 'decidedBy' | 'diaryNumber'> | null;
  /** What the next revision is counted from: the latest revision, the plan's beslut, or nothing. */
  countedFrom: 'revision' | 'beslut' | null;
  /** When the next revision is due; null when the plan has no interval or no date to count from. */
  nextDue: string | null;
  /** The due date has passed as of the date. */
  overdue: boolean;
}

/** The revision status of a plan as of a date (ISO); revisions after the date are not yet made. */
export function revisionStatus(plan: Pick<Plan, 'decidedOn' | 'revisionIntervalYears'>,
  revisions: Pick<PlanRevision, 'revisedOn' | 'decidedBy' | 'diaryNumber'>[], asOf: string): RevisionStatus {
  const made = revisions.filter((r) => r.revisedOn <= asOf).sort((a, b) => a.revisedOn.localeCompare(b.revisedOn));
  const lastRevision = made.at(-1) ?? null;
  const from = lastRevision?.revisedOn ?? plan.decidedOn;
  const countedFrom = lastRevision ? 'revision' : plan.decidedOn ? 'beslut' : null;
  const interval = plan.revisionIntervalYears;
  const nextDue = interval !== null && from !== null ? addYearsIso(from, interval) : null;
  return { intervalYears: interval, lastRevision, countedFrom, nextDue, overdue: nextDue !== null && nextDue < asOf };
}
