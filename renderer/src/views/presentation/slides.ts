import type { DueAnswer } from '../../../../shared/domain/recommendationsDue';
import type { Area } from '../../../../shared/domain/types';
import type { DashboardAction } from '../../stores/dashboardStore';
import { countStatuses } from '../dashboard/model';
import type { StatusCounts } from '../../../../shared/domain/status';

/**
 * The slides of presentationsläge: the summary, one per utvecklingsområde (its åtgärder and
 * status), the overdue åtgärder, and the recommendations whose answers are due, if any. A list
 * longer than fits at large type continues on the next slide ("2/3").
 */
export const ROWS_PER_SLIDE = 7;

interface Part { part: number; parts: number }

export type Slide =
  | { kind: 'summary'; key: string; title: string }
  | ({ kind: 'area'; key: string; title: string; area: Area; number: number; counts: StatusCounts; total: number; rows: DashboardAction[] } & Part)
  | ({ kind: 'overdue'; key: string; title: string; total: number; rows: DashboardAction[] } & Part)
  | ({ kind: 'recommendations'; key: string; title: string; total: number; due: DueAnswer[] } & Part);

function chunks<T>(list: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < list.length; i += ROWS_PER_SLIDE) result.push(list.slice(i, i + ROWS_PER_SLIDE));
  return result.length > 0 ? result : [[]];
}

export function buildSlides(input: {
  /** Already narrowed to the chosen nämnd, if any. */
  rows: readonly DashboardAction[];
  areas: readonly Area[];
  overdue: readonly DashboardAction[];
  due: readonly DueAnswer[];
}): Slide[] {
  const slides: Slide[] = [{ kind: 'summary', key: 'summary', title: 'Sammanfattning' }];
  input.areas.forEach((area, index) => {
    const rows = input.rows.filter((r) => r.areaId === area.id);
    // A nämnd sees only its own: an område without its åtgärder has no slide.
    if (rows.length === 0) return;
    const counts = countStatuses(rows);
    const parts = chunks(rows);
    parts.forEach((part, i) => slides.push({
      kind: 'area', key: `area-${area.id}-${i}`, title: `${index + 1}. ${area.name}`, area, number: index + 1, counts,
      total: rows.length, rows: part, part: i + 1, parts: parts.length,
    }));
  });
  const overdue = chunks(input.overdue);
  overdue.forEach((part, i) => slides.push({
    kind: 'overdue', key: `overdue-${i}`, title: 'Försenade åtgärder', total: input.overdue.length, rows: part, part: i + 1, parts: overdue.length,
  }));
  if (input.due.length > 0) {
    const due = chunks(input.due);
    due.forEach((part, i) => slides.push({
      kind: 'recommendations', key: `recommendations-${i}`, title: 'Svar på rekommendationer som ska lämnas', total: input.due.length,
      due: part, part: i + 1, parts: due.length,
    }));
  }
  return slides;
}

/** "Försenade åtgärder (2/3)" for a continued list. */
export function slideTitle(slide: Slide): string {
  return slide.kind !== 'summary' && slide.parts > 1 ? `${slide.title} (${slide.part}/${slide.parts})` : slide.title;
}
