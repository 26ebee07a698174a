import type { ServiceContext } from '../../electron/services/context';
import { getMeasureOverview } from '../../electron/services/measure/measureOverview';
import { listActionStatus } from '../../electron/services/plan/actionStatus';
import { listAreas } from '../../electron/services/plan/areas';
import { countMeasureProgress } from '@shared/domain/measureProgress';
import { latestStopDecided } from '@shared/domain/reporting';
import { suggestAssessment, type SuggestedAssessment } from '@shared/report/assessmentRule';

/**
 * What each område's Vår bedömning must say for a report year: the rule's answer for the område's
 * åtgärder as listActions gives them at the year's last day, and its mått as the Mått panel judges
 * them, read through the public services rather than the report's own data.
 */
export function expectedAreaSuggestions(ctx: ServiceContext, planId: number, year: number): { areaId: number; area: string; suggestion: SuggestedAssessment }[] {
  const rows = listActionStatus(ctx, { planId, asOf: `${year}-12-31` });
  const standings = getMeasureOverview(ctx, { planId, asOf: ctx.today(), year }).measures;
  return listAreas(ctx, planId).map((area) => ({
    areaId: area.id,
    area: area.name,
    suggestion: suggestAssessment({
      year,
      actions: rows.filter((a) => a.areaId === area.id)
        .map((a) => ({ status: a.effectiveStatus, notReportedInYear: a.notReportedInYear, stopDecided: latestStopDecided(a) })),
      measures: countMeasureProgress(standings.filter((m) => m.areaId === area.id)),
    }),
  }));
}
