import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../electron/services/context';
import { openPlanFile } from '../../../electron/services/db/openPlanFile';
import { getStatusSummary } from '../../../electron/services/plan/statusSummary';
import { getStatusTrend, MAX_TREND_POINTS } from '../../../electron/services/plan/statusTrend';
import { listAreas } from '../../../electron/services/plan/areas';
import { listBodies } from '../../../electron/services/plan/bodies';
import { emptyStatusCounts } from '@shared/domain/status';
import type { StatusGroup } from '@shared/domain/types';
import { generateLargePlanFile } from '../../bench/generateLargePlanFile';
import { tempDir, TODAY, withDemoPlan } from '../../helpers/planFile';

function group(groups: StatusGroup[], id: number): { total: number; counts: StatusGroup['counts'] } {
  return groups.find((g) => g.id === id) ?? { total: 0, counts: emptyStatusCounts() };
}

describe('status trend', () => {
  it.each(['år', 'halvår', 'tertial'] as const)('per %s equals getStatusSummary at every point of the demo plan', (rhythm) => {
    const { ctx } = withDemoPlan();
    const trend = getStatusTrend(ctx, { planId: 1, rhythm, bodyId: null, areaId: null });
    expect(trend.to).toBe(TODAY);
    expect(trend.points.length).toBeGreaterThan(2);
    expect(trend.points.at(-1)!.date).toBe(TODAY);
    for (const point of trend.points) {
      const summary = getStatusSummary(ctx, { planId: 1, asOf: point.date });
      expect({ date: point.date, total: point.total, counts: point.counts }).toEqual({ date: point.date, total: summary.total, counts: summary.counts });
    }
  });

  it('names the points as status reports name periods and puts each at its period’s last day', () => {
    const { ctx } = withDemoPlan();
    const trend = getStatusTrend(ctx, { planId: 1, to: '2025-06-30', rhythm: 'tertial', bodyId: null, areaId: null });
    expect(trend.points.slice(-3).map((p) => [p.key, p.name, p.date])).toEqual([
      ['2024-T3', 'T3 2024', '2024-12-31'], ['2025-T1', 'T1 2025', '2025-04-30'], ['2025-T2', 'T2 2025', '2025-06-30'],
    ]);
    // The demo's first report is from 2022-08-30 (tertial 2).
    expect(trend.points[0].key).toBe('2022-T2');
  });

  it('with an område or a nämnd filter equals that group of getStatusSummary', () => {
    const { ctx } = withDemoPlan();
    for (const date of ['2023-12-31', '2025-04-30', TODAY]) {
      const summary = getStatusSummary(ctx, { planId: 1, asOf: date });
      for (const area of listAreas(ctx, 1)) {
        const point = getStatusTrend(ctx, { planId: 1, to: date, rhythm: 'år', bodyId: null, areaId: area.id }).points.at(-1)!;
        expect({ total: point.total, counts: point.counts }).toEqual({ total: group(summary.byArea, area.id).total, counts: group(summary.byArea, area.id).counts });
      }
      for (const body of listBodies(ctx)) {
        const point = getStatusTrend(ctx, { planId: 1, to: date, rhythm: 'år', bodyId: body.id, areaId: null }).points.at(-1)!;
        expect({ total: point.total, counts: point.counts }).toEqual({ total: group(summary.byBody, body.id).total, counts: group(summary.byBody, body.id).counts });
      }
    }
  });

  it('equals getStatusSummary on a generated kommun with many reports per åtgärd, same-day reports included', () => {
    const path = join(tempDir(), 'kommun.sqlite');
    generateLargePlanFile(path, { plans: 3, areasPerPlan: 4, actions: 300, bodies: 12, statusReports: 6_000 });
    const file = openPlanFile(path);
    try {
      const ctx = createContext(file.db, 'test', () => new Date('2026-11-26T10:00:00Z'));
      for (const planId of [null, 2]) {
        const trend = getStatusTrend(ctx, { planId, to: '2026-06-15', rhythm: 'tertial', bodyId: null, areaId: null });
        expect(trend.points).toHaveLength(23); // 2019-T1 … 2026-T2
        for (const point of trend.points) {
          const summary = getStatusSummary(ctx, { planId, asOf: point.date });
          expect(point.counts, point.date).toEqual(summary.counts);
        }
      }
    } finally {
      file.db.close();
    }
  });

  it('has one point when nothing has been reported, and never more than the cap', () => {
    const { ctx } = withDemoPlan();
    expect(getStatusTrend(ctx, { planId: 1, to: '2020-01-01', rhythm: 'år', bodyId: null, areaId: null }).points)
      .toEqual([expect.objectContaining({ key: '2020', date: '2020-01-01' })]);
    const path = join(tempDir(), 'long.sqlite');
    generateLargePlanFile(path, { plans: 1, areasPerPlan: 1, actions: 5, bodies: 12, statusReports: 50 });
    const file = openPlanFile(path);
    try {
      const ctx2 = createContext(file.db, 'test');
      file.db.prepare("UPDATE action SET deadline = NULL").run();
      file.db.exec("INSERT INTO status_report (action_id, reported_on, status, created_at) VALUES (1, '1990-01-01', 'pagaende', 't')");
      expect(getStatusTrend(ctx2, { planId: 1, to: '2026-11-26', rhythm: 'tertial', bodyId: null, areaId: null }).points).toHaveLength(MAX_TREND_POINTS);
    } finally {
      file.db.close();
    }
  });
});
