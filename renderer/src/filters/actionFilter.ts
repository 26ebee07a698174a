import { addDays, parseISO } from 'date-fns';
import { toIsoDate } from '@shared/dates';
import type { EffectiveStatus } from '@shared/domain/status';
import type { ActionStatusRow } from '@shared/domain/types';
import { STATUS_LABEL } from '@shared/labels';

/**
 * The plan list's filter, sort and summary line: pure functions over the rows already loaded,
 * so changing a filter never waits for the main process (a big kommun has thousands of åtgärder).
 */
export type DeadlineWindow = 'alla' | 'passerade' | 'inom30' | 'inom90';

export const DEADLINE_WINDOWS: { id: DeadlineWindow; label: string }[] = [
  { id: 'alla', label: 'Alla' },
  { id: 'passerade', label: 'Passerade' },
  { id: 'inom30', label: 'Inom 30 dagar' },
  { id: 'inom90', label: 'Inom 90 dagar' },
];

export interface ActionFilter {
  areaId: number | null;
  /** Any responsibility, huvudansvarig or medansvarig. */
  bodyId: number | null;
  status: EffectiveStatus | null;
  deadline: DeadlineWindow;
  /** Matched against number, title and description. */
  text: string;
}

export const EMPTY_FILTER: ActionFilter = { areaId: null, bodyId: null, status: null, deadline: 'alla', text: '' };

export function isFilterActive(filter: ActionFilter): boolean {
  return filter.areaId !== null || filter.bodyId !== null || filter.status !== null || filter.deadline !== 'alla'
    || filter.text.trim() !== '';
}

const WINDOW_DAYS: Record<Exclude<DeadlineWindow, 'alla' | 'passerade'>, number> = { inom30: 30, inom90: 90 };

/** Passerade: deadline before today. Inom N dagar: from today up to and including today + N. Löpande never matches. */
function deadlineTest(window: DeadlineWindow, today: string): (deadline: string | null) => boolean {
  if (window === 'alla') return () => true;
  if (window === 'passerade') return (d) => d !== null && d < today;
  const last = toIsoDate(addDays(parseISO(today), WINDOW_DAYS[window]));
  return (d) => d !== null && d >= today && d <= last;
}

// Lower-cased search text per row; rows are replaced on every reload, so the cache never goes stale.
const haystacks = new WeakMap<ActionStatusRow, string>();
function haystack(row: ActionStatusRow): string {
  let text = haystacks.get(row);
  if (text === undefined) {
    text = `${row.number}\n${row.title}\n${row.description}`.toLocaleLowerCase('sv');
    haystacks.set(row, text);
  }
  return text;
}

export function filterActions(rows: readonly ActionStatusRow[], filter: ActionFilter, today: string): ActionStatusRow[] {
  const inWindow = deadlineTest(filter.deadline, today);
  const words = filter.text.trim().toLocaleLowerCase('sv').split(/\s+/).filter(Boolean);
  return rows.filter((row) =>
    (filter.areaId === null || row.areaId === filter.areaId)
    && (filter.status === null || row.effectiveStatus === filter.status)
    && (filter.bodyId === null || row.responsible.some((r) => r.bodyId === filter.bodyId))
    && inWindow(row.deadline)
    && (words.length === 0 || words.every((w) => haystack(row).includes(w))));
}

export type SortKey = 'plan' | 'number' | 'title' | 'responsible' | 'startDate' | 'deadline' | 'status' | 'lastReport';
export type SortDirection = 'ascending' | 'descending';
export interface SortOrder { key: SortKey; direction: SortDirection }

/** The plan's own order (område, then the åtgärd's position), as the API returns the rows. */
export const PLAN_ORDER: SortOrder = { key: 'plan', direction: 'ascending' };

/** Most urgent first when sorting by status. */
const STATUS_RANK: Record<EffectiveStatus, number> = {
  forsenad: 0, ingen_uppfoljning: 1, ej_paborjad: 2, pagaende: 3, genomford: 4, avbruten: 5,
};

const collator = new Intl.Collator('sv', { numeric: true, sensitivity: 'base' });

type SortValue = string | number | null;
const SORT_VALUE: Record<Exclude<SortKey, 'plan'>, (row: ActionStatusRow) => SortValue> = {
  number: (r) => r.number || null,
  title: (r) => r.title,
  responsible: (r) => r.responsible[0]?.bodyName ?? null,
  startDate: (r) => r.startDate,
  deadline: (r) => r.deadline,
  status: (r) => STATUS_RANK[r.effectiveStatus],
  lastReport: (r) => r.latestReportedOn,
};

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * Sorts within each område (the list stays grouped), keeping the plan order for ties.
 * Empty values (no start, Löpande, never reported) go last in both directions.
 */
export function sortActions(rows: readonly ActionStatusRow[], order: SortOrder, areaIds: readonly number[]): ActionStatusRow[] {
  const areaRank = new Map(areaIds.map((id, index) => [id, index]));
  const rank = (row: ActionStatusRow): number => areaRank.get(row.areaId) ?? areaIds.length;
  const indexed = rows.map((row, index) => ({ row, index, area: rank(row), value: order.key === 'plan' ? null : SORT_VALUE[order.key](row) }));
  const sign = order.direction === 'ascending' ? 1 : -1;
  indexed.sort((a, b) => {
    if (a.area !== b.area) return a.area - b.area;
    if (order.key !== 'plan') {
      if (a.value === null && b.value !== null) return 1;
      if (b.value === null && a.value !== null) return -1;
      if (a.value !== null && b.value !== null) {
        const c = compareValues(a.value, b.value);
        if (c !== 0) return sign * c;
      }
    }
    return a.index - b.index;
  });
  return indexed.map((x) => x.row);
}

export interface ActionGroup<A> { area: A; rows: ActionStatusRow[] }

/**
 * The first `limit` rows (already sorted by område), grouped under their område in the plan's
 * order. With `includeEmpty` every område is listed, also those without rows.
 */
export function groupByArea<A extends { id: number }>(rows: readonly ActionStatusRow[], areas: readonly A[], limit: number,
  includeEmpty = false): ActionGroup<A>[] {
  const byArea = new Map<number, ActionStatusRow[]>();
  for (const row of rows.slice(0, limit)) {
    const list = byArea.get(row.areaId);
    if (list) list.push(row);
    else byArea.set(row.areaId, [row]);
  }
  return areas.filter((a) => includeEmpty || byArea.has(a.id)).map((area) => ({ area, rows: byArea.get(area.id) ?? [] }));
}

const count = new Intl.NumberFormat('sv-SE');

/** "Visar 12 av 33 åtgärder · Socialnämnden · Försenad", or "Visar alla 33 åtgärder". */
export function filterSummary(shown: number, total: number, filter: ActionFilter, names: { area?: string; body?: string }): string {
  const noun = total === 1 ? 'åtgärd' : 'åtgärder';
  if (!isFilterActive(filter)) return total === 1 ? 'Visar 1 åtgärd' : `Visar alla ${count.format(total)} åtgärder`;
  const parts = [`Visar ${count.format(shown)} av ${count.format(total)} ${noun}`];
  if (filter.areaId !== null) parts.push(names.area ?? 'Okänt utvecklingsområde');
  if (filter.bodyId !== null) parts.push(names.body ?? 'Okänd nämnd');
  if (filter.status !== null) parts.push(STATUS_LABEL[filter.status]);
  if (filter.deadline !== 'alla') parts.push(`Klart senast: ${DEADLINE_WINDOWS.find((w) => w.id === filter.deadline)!.label.toLowerCase()}`);
  if (filter.text.trim() !== '') parts.push(`Sökord ”${filter.text.trim()}”`);
  return parts.join(' · ');
}
