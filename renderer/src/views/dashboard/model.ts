import { addDays, parseISO } from 'date-fns';
import { toIsoDate } from '@shared/dates';
import { emptyStatusCounts, type EffectiveStatus, type StatusCounts } from '@shared/domain/status';
import type { Area } from '@shared/domain/types';
import type { DashboardAction } from '@renderer/stores/dashboardStore';

export type { DashboardAction };

/**
 * The dashboard's figures, as pure functions over the åtgärder with their status as of a date
 * (listActions), so the counts, the charts and the drill-down lists come from the same rows.
 * Rules as in getStatusSummary: every åtgärd has one effective status; it counts once per
 * utvecklingsområde and once for each nämnd responsible for it.
 */
export interface Scope {
  areaId: number | null;
  bodyId: number | null;
}

export const DUE_WINDOW_DAYS = 90;

/**
 * The orders of localeCompare(…, 'sv') and localeCompare(…, 'sv', { numeric: true }), made once:
 * every new date re-sorts the nämnder and the overdue åtgärder.
 */
export const byName = new Intl.Collator('sv');
const byNumber = new Intl.Collator('sv', { numeric: true });

export function inScope<T extends DashboardAction>(rows: readonly T[], scope: Scope): T[] {
  if (scope.areaId === null && scope.bodyId === null) return [...rows];
  return rows.filter((row) => (scope.areaId === null || row.areaId === scope.areaId)
    && (scope.bodyId === null || row.responsible.some((r) => r.bodyId === scope.bodyId)));
}

export function countStatuses(rows: readonly DashboardAction[]): StatusCounts {
  const counts = emptyStatusCounts();
  for (const row of rows) counts[row.effectiveStatus] += 1;
  return counts;
}

/** The last day of the due window: 90 days after the as-of date. */
function dueUntil(asOf: string): string {
  return toIsoDate(addDays(parseISO(asOf), DUE_WINDOW_DAYS));
}

/**
 * Not Genomförd or Avbruten, and a deadline from the as-of date up to and including 90 days later.
 * `until` is dueUntil(asOf), worked out once per list rather than once per åtgärd.
 */
export function isDueSoon(row: DashboardAction, asOf: string, until: string = dueUntil(asOf)): boolean {
  if (row.deadline === null || row.effectiveStatus === 'genomford' || row.effectiveStatus === 'avbruten') return false;
  return row.deadline >= asOf && row.deadline <= until;
}

export interface KeyFigures {
  total: number;
  counts: StatusCounts;
  /** Share Genomförd in percent, one decimal; null when there are no åtgärder. */
  shareDone: number | null;
  dueSoon: number;
  /** Åtgärder marked "Ej rapporterad under året" (also counted under their status). */
  notReported: number;
}

function countDueSoon(rows: readonly DashboardAction[], asOf: string): number {
  const until = dueUntil(asOf);
  let n = 0;
  for (const row of rows) if (isDueSoon(row, asOf, until)) n += 1;
  return n;
}

export function keyFigures(rows: readonly DashboardAction[], asOf: string): KeyFigures {
  const counts = countStatuses(rows);
  const total = rows.length;
  return {
    total,
    counts,
    shareDone: total === 0 ? null : Math.round((counts.genomford / total) * 1000) / 10,
    dueSoon: countDueSoon(rows, asOf),
    notReported: rows.filter((r) => r.notReportedInYear).length,
  };
}

export interface Group {
  id: number;
  name: string;
  total: number;
  counts: StatusCounts;
}

function add(groups: Map<number, Group>, id: number, name: string, status: EffectiveStatus): void {
  let group = groups.get(id);
  if (!group) {
    group = { id, name, total: 0, counts: emptyStatusCounts() };
    groups.set(id, group);
  }
  group.total += 1;
  group.counts[status] += 1;
}

/** Per utvecklingsområde in the plan's order; every område of the plan, unless one is chosen. */
export function groupByArea(rows: readonly DashboardAction[], areas: readonly Area[], scope: Scope): Group[] {
  const groups = new Map<number, Group>();
  for (const area of areas) {
    if (scope.areaId === null || scope.areaId === area.id) groups.set(area.id, { id: area.id, name: area.name, total: 0, counts: emptyStatusCounts() });
  }
  for (const row of rows) add(groups, row.areaId, row.areaName, row.effectiveStatus);
  return [...groups.values()];
}

/** Per ansvarig nämnd (huvud- or medansvarig) by name; only the chosen nämnd when one is. */
export function groupByBody(rows: readonly DashboardAction[], scope: Scope): Group[] {
  const groups = new Map<number, Group>();
  for (const row of rows) {
    for (const r of row.responsible) {
      if (scope.bodyId === null || r.bodyId === scope.bodyId) add(groups, r.bodyId, r.bodyName, row.effectiveStatus);
    }
  }
  return [...groups.values()].sort((a, b) => byName.compare(a.name, b.name));
}

/**
 * The groups with the most åtgärder, in their original order: a chart of a big kommun's 60 nämnder
 * is unreadable on a projector (and slow to draw); the table alternative lists them all.
 */
export function largestGroups(groups: readonly Group[], count: number): Group[] {
  if (groups.length <= count) return [...groups];
  const kept = new Set([...groups].sort((a, b) => b.total - a.total || byName.compare(a.name, b.name)).slice(0, count));
  return groups.filter((g) => kept.has(g));
}

export function overdue<T extends DashboardAction>(rows: readonly T[]): T[] {
  return rows.filter((row) => row.effectiveStatus === 'forsenad')
    .sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? '') || byNumber.compare(a.number, b.number));
}

/** What a drill-down lists: åtgärder in a group (område or nämnd) and/or with one status, or due soon. */
export type Selection =
  | { kind: 'all' }
  | { kind: 'status'; status: EffectiveStatus }
  | { kind: 'dueSoon' }
  | { kind: 'notReported' }
  | { kind: 'area'; id: number; status: EffectiveStatus | null }
  | { kind: 'body'; id: number; status: EffectiveStatus | null };

export function select<T extends DashboardAction>(rows: readonly T[], selection: Selection, asOf: string): T[] {
  const status = 'status' in selection ? selection.status : null;
  const until = dueUntil(asOf);
  return rows.filter((row) => {
    if (status !== null && row.effectiveStatus !== status) return false;
    switch (selection.kind) {
      case 'all': case 'status': return true;
      case 'dueSoon': return isDueSoon(row, asOf, until);
      case 'notReported': return row.notReportedInYear;
      case 'area': return row.areaId === selection.id;
      case 'body': return row.responsible.some((r) => r.bodyId === selection.id);
    }
  });
}

