import { useMemo } from 'react';
import type { MeetingNote } from '@shared/domain/dashboard';
import type { MeasureWithValues } from '@shared/domain/measure';
import { useCall } from '@renderer/data/useCall';
import type { Plan } from '@shared/domain/types';
import { useDashboardStore } from '@renderer/stores/dashboardStore';
import { useDashboardData } from '../dashboard/useDashboardData';
import { groupByArea, inScope, keyFigures, overdue, type Scope } from '../dashboard/model';
import { buildSlides, type Slide } from './slides';
import type { SlideData } from './SlideView';

/**
 * The slides and their figures from the dashboard's rows, narrowed to the chosen nämnd only:
 * the slides go through every område, so an område filter does not apply here.
 */
const NO_MEASURES: MeasureWithValues[] = [];

export interface PresentationData {
  slides: Slide[];
  data: SlideData | null;
  bodyName: string | null;
  /** Which område each åtgärd belongs to, for the notes a slide shows. */
  areaOfAction: Map<number, number>;
  /** Each åtgärd's number, for the mått slides. */
  actionNumbers: Map<number, string>;
}

export function usePresentationData(plan: Plan, bodyId: number | null): PresentationData {
  const { asOf, compareTo } = useDashboardStore();
  const { current, currentAsOf, previous, previousAsOf, areas, recommendations } = useDashboardData();
  // The mått slides wait for the mått; if they cannot be read, the slides are drawn without them rather than not at all.
  const measureList = useCall('listMeasures', { planId: plan.id });
  const measuresSettled = measureList.data !== undefined || measureList.error !== null;
  const planMeasures = measureList.data ?? NO_MEASURES;
  return useMemo(() => {
    const scope: Scope = { areaId: null, bodyId };
    const rows = inScope(current, scope);
    // A nämnd sees the mått of its own åtgärder; the plan's own mått of an område go with the whole plan.
    const ids = new Set(rows.map((r) => r.id));
    const measures = planMeasures.filter((m) => (m.actionId === null ? bodyId === null : ids.has(m.actionId)));
    const bodyName = bodyId === null ? null
      : current.flatMap((r) => r.responsible).find((r) => r.bodyId === bodyId)?.bodyName ?? null;
    const due = (recommendations?.due ?? []).filter((d) => bodyId === null || d.bodyId === bodyId);
    const slides = buildSlides({ rows, areas, overdue: overdue(rows), due, measures });
    const areaOfAction = new Map(current.map((r) => [r.id, r.areaId]));
    const actionNumbers = new Map(current.map((r) => [r.id, r.number]));
    if (asOf === null || compareTo === null || currentAsOf === null || !measuresSettled) return { slides, data: null, bodyName, areaOfAction, actionNumbers };
    const data: SlideData = {
      asOf: currentAsOf,
      compareTo: previousAsOf ?? compareTo,
      now: keyFigures(rows, currentAsOf),
      before: previousAsOf === null ? null : keyFigures(inScope(previous, scope), previousAsOf),
      byArea: groupByArea(rows, areas, scope),
      subtitle: bodyName ? `${plan.name} · ${bodyName}` : plan.name,
    };
    return { slides, data, bodyName, areaOfAction, actionNumbers };
  }, [plan.name, bodyId, asOf, compareTo, current, currentAsOf, previous, previousAsOf, areas, recommendations, planMeasures, measuresSettled]);
}

/** The notes a slide shows: about its område (or the åtgärder in it), its åtgärder, or the whole plan. */
export function notesFor(slide: Slide, notes: MeetingNote[], areaOfAction: Map<number, number>): MeetingNote[] {
  switch (slide.kind) {
    case 'summary': return notes.filter((n) => n.areaId === null && n.actionId === null);
    case 'area': return notes.filter((n) => n.areaId === slide.area.id || (n.actionId !== null && areaOfAction.get(n.actionId) === slide.area.id));
    case 'measures': return [];
    case 'overdue': {
      const ids = new Set(slide.rows.map((r) => r.id));
      return notes.filter((n) => n.actionId !== null && ids.has(n.actionId));
    }
    case 'recommendations': return [];
  }
}
