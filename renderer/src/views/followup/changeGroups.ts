import { isIsoDate } from '@shared/dates';
import { REPORTED_STATUSES, type ReportedStatus } from '@shared/domain/status';
import type { ChangeEntry } from '@shared/domain/types';

/**
 * Sedan senast: the plan's change log sorted into what the delegation asks about first —
 * new status reports, moved deadlines, new åtgärder — and everything else.
 */
export interface ChangeGroups {
  reports: ChangeEntry[];
  deadlines: ChangeEntry[];
  actions: ChangeEntry[];
  other: ChangeEntry[];
}

/** An undo is logged with "Ångrat: …" where the old or new value would be (see undoJournal.ts). */
export function isUndoEntry(entry: ChangeEntry): boolean {
  return [entry.oldValue, entry.newValue].some((v) => v?.startsWith('Ångrat: ') ?? false);
}

export function groupChanges(entries: ChangeEntry[]): ChangeGroups {
  const groups: ChangeGroups = { reports: [], deadlines: [], actions: [], other: [] };
  for (const entry of entries) {
    if (isUndoEntry(entry)) groups.other.push(entry);
    else if (entry.entity === 'status_report' && entry.operation === 'create') groups.reports.push(entry);
    else if (entry.entity === 'action' && entry.operation === 'update' && entry.field === 'deadline') groups.deadlines.push(entry);
    else if (entry.entity === 'action' && entry.operation === 'create') groups.actions.push(entry);
    else groups.other.push(entry);
  }
  // The delegation reads reports by the date they describe, newest first; ties keep the log's order.
  const reportedOn = new Map(groups.reports.map((e) => [e.id, reportDetails(e).reportedOn ?? '']));
  groups.reports.sort((a, b) => reportedOn.get(b.id)!.localeCompare(reportedOn.get(a.id)!));
  return groups;
}

function parseRecord(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

export interface ReportDetails {
  reportedOn: string | null;
  status: ReportedStatus | null;
  bodyId: number | null;
  reportedBy: string;
  comment: string;
}

/** What a new status report said, from the values the change log kept. */
export function reportDetails(entry: ChangeEntry): ReportDetails {
  const r = parseRecord(entry.newValue);
  const status = REPORTED_STATUSES.find((s) => s === r.status) ?? null;
  return {
    reportedOn: isIsoDate(text(r.reportedOn)) ? text(r.reportedOn) : null,
    status,
    bodyId: typeof r.bodyId === 'number' ? r.bodyId : null,
    reportedBy: text(r.reportedBy),
    comment: text(r.comment),
  };
}

export interface NewActionDetails {
  deadline: string | null;
  responsible: string;
}

export function newActionDetails(entry: ChangeEntry): NewActionDetails {
  const r = parseRecord(entry.newValue);
  return { deadline: isIsoDate(text(r.deadline)) ? text(r.deadline) : null, responsible: text(r.responsible) };
}

/** A deadline as the plan shows it: the date, or "Löpande" when there is none. */
export function deadlineText(value: string | null): string {
  return value === null || value === '' ? 'Löpande' : value;
}

/** Old and new values are free text of any length; a list row shows the start. */
export function shorten(value: string | null, max = 90): string {
  if (value === null || value === '') return '–';
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}
