import { describe, expect, it } from 'vitest';
import { listActionStatus } from '../../../electron/services/plan/actionStatus';
import { listStatusesAsOf } from '../../../electron/services/plan/statusesAsOf';
import { createPlan } from '../../../electron/services/plan/plans';
import { TODAY, withDemoPlan } from '../../helpers/planFile';

describe('listStatusesAsOf', () => {
  it.each(['2022-01-01', '2023-12-31', '2025-06-30', TODAY])('gives every åtgärd of the plan the status and mark listActions gives it as of %s', (asOf) => {
    const { ctx } = withDemoPlan();
    const full = listActionStatus(ctx, { planId: 1, asOf }).map((a) => ({ id: a.id, status: a.effectiveStatus, notReportedInYear: a.notReportedInYear }))
      .sort((a, b) => a.id - b.id);
    expect(listStatusesAsOf(ctx, { planId: 1, asOf })).toEqual({ asOf, statuses: full });
  });

  it('is as of today by default, and only for the plan asked for', () => {
    const { ctx } = withDemoPlan();
    expect(listStatusesAsOf(ctx, { planId: 1 }).asOf).toBe(TODAY);
    const other = createPlan(ctx, { name: 'Tom plan', municipality: '', periodStart: null, periodEnd: null, decidedBy: '', decidedOn: null,
      diaryNumber: '', overallGoal: '', revisionIntervalYears: null, followUpRhythm: 'år' });
    expect(listStatusesAsOf(ctx, { planId: other.id }).statuses).toEqual([]);
  });
});
