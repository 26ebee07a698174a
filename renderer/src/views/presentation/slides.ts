import type { DueAnswer } from '@shared/domain/recommendationsDue';
import type { Area } from '@shared/domain/types';
import type { DashboardAction } from '@renderer/stores/dashboardStore';
import { countStatuses } from '../dashboard/model';
import type { StatusCounts } from '@shared/domain/status';
import type { MeasureWithValues } from '@shared/domain/measure';

/**
 * The slides of presentationsläge: the summary, one per utvecklingsområde (its åtgärder and
 * status), the overdue åtgärder, and the recommendations whose answers are due, if any. A list
 * longer than fits at large type continues on the next slide ("2/3").
 */
export const ROWS_PER_SLIDE = 7;
/** Mått trends that fit one slide at large type (two by two). */
export const MEASURES_PER_SLIDE = 4;

interface Part { part: number; parts: number }

export type Slide =
  | { kind: 'summary'; key: string; title: string }
  | ({ kind: 'area'; key: string; title: string; area: Area; number: number; counts: StatusCounts; total: number; rows: DashboardAction[] } & Part)
  /** An område's mått, each with its trend against the målvärde. */
  | ({ kind: 'measures'; key: string; title: string; area: Area; total: number; measures: MeasureWithValues[] } & Part)
  | ({ kind: 'overdue'; key: string; title: string; total: number; rows: DashboardAction[] } & Part)
  | ({ kind: 'recommendations'; key: string; title: string; total: number; due: DueAnswer[] } & Part);

function chunks<T>(list: readonly T[], size = ROWS_PER_SLIDE): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < list.length; i += size) result.push(list.slice(i, i + size));
  return result.length > 0 ? result : [[]];
}

export function buildSlides(input: {
  /** Already narrowed to the chosen nämnd, if any. */
  rows: readonly DashboardAction[];
  areas: readonly Area[];
  overdue: readonly DashboardAction[];
  due: readonly DueAnswer[];
  /** The plan's mått; for a chosen nämnd, those of its åtgärder only. */
  measures: readonly MeasureWithValues[];
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
    const ids = new Set(rows.map((r) => r.id));
    const measures = input.measures.filter((m) => (m.actionId === null ? m.areaId === area.id : ids.has(m.actionId)));
    if (measures.length === 0) return;
    const measureParts = chunks(measures, MEASURES_PER_SLIDE);
    measureParts.forEach((part, i) => slides.push({
      kind: 'measures', key: `measures-${area.id}-${i}`, title: `${index + 1}. ${area.name} – mått`, area, total: measures.length,
      measures: part, part: i + 1, parts: measureParts.length,
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
