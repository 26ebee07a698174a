import { describe, expect, it } from 'vitest';
import { listActionStatus } from '../../../electron/services/plan/actionStatus';
import { listAreas, updateArea } from '../../../electron/services/plan/areas';
import { getStatusSummary } from '../../../electron/services/plan/statusSummary';
import { emptyStatusCounts } from '@shared/domain/status';
import type { StatusGroup } from '@shared/domain/types';
import { withDemoPlan } from '../../helpers/planFile';

const AS_OF = '2026-11-26';

/**
 * The summary per område and nämnd reads the whole file in åtgärd id order (for speed, issue 16);
 * these check it against the per-åtgärd status list, counted here independently, and that the
 * områden still come in the plan's order when that is not the order the åtgärder were made in.
 */
describe('status summary per område and nämnd', () => {
  it('counts every åtgärd once per område and once per responsible nämnd, områden in the plan’s order', () => {
    const { ctx } = withDemoPlan();
    const areas = listAreas(ctx);
    // The last område moved first: its åtgärder, made last, now come first in the plan's order.
    updateArea(ctx, { id: areas[areas.length - 1].id, patch: { position: 0 } });
    const ordered = listAreas(ctx);
    expect(ordered[0].id).toBe(areas[areas.length - 1].id);

    const expectedArea = new Map<number, StatusGroup>();
    const expectedBody = new Map<number, StatusGroup>();
    const count = (groups: Map<number, StatusGroup>, id: number, name: string, row: ReturnType<typeof listActionStatus>[number]) => {
      const group = groups.get(id) ?? { id, name, total: 0, counts: emptyStatusCounts(), notReportedInYear: 0 };
      group.total += 1;
      group.counts[row.effectiveStatus] += 1;
      if (row.notReportedInYear) group.notReportedInYear += 1;
      groups.set(id, group);
    };
    const rows = listActionStatus(ctx, { asOf: AS_OF });
    for (const row of rows) {
      count(expectedArea, row.areaId, row.areaName, row);
      for (const r of row.responsible) count(expectedBody, r.bodyId, r.bodyName, row);
    }

    for (const summary of [getStatusSummary(ctx, { planId: null, asOf: AS_OF }), getStatusSummary(ctx, { planId: ordered[0].planId, asOf: AS_OF })]) {
      expect(summary.total).toBe(rows.length);
      expect(summary.byArea.map((g) => g.id)).toEqual(ordered.filter((a) => expectedArea.has(a.id)).map((a) => a.id));
      expect(summary.byArea).toEqual(summary.byArea.map((g) => expectedArea.get(g.id)));
      expect(summary.byBody).toEqual([...expectedBody.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv')));
    }
  });
});
