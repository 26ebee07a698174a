import { describe, expect, it } from 'vitest';
import { isNotReportedInYear } from '@shared/domain/reporting';
import { listActionStatus } from '../../../electron/services/plan/actionStatus';
import { createStatusReport } from '../../../electron/services/plan/statusReports';
import { getFileSummary, getStatusSummary } from '../../../electron/services/plan/statusSummary';
import { listStatusesAsOf } from '../../../electron/services/plan/statusesAsOf';
import { withDemoPlan } from '../../helpers/planFile';

describe('isNotReportedInYear: the mark beside the status', () => {
  it.each([
    ['pagaende', false, null, true],
    ['pagaende', true, null, false],
    ['forsenad', false, null, true],
    ['ingen_uppfoljning', false, null, true],
    ['ej_paborjad', false, '2027-01-01', false],
    ['genomford', false, null, false],
    ['avbruten', false, null, false],
  ] as const)('%s, reported in the year %s, start %s → %s', (status, reported, start, marked) => {
    expect(isNotReportedInYear(status, reported, start, '2026-11-26')).toBe(marked);
  });
});

describe('Ej rapporterad under året in the lists and the summary', () => {
  it('marks the demo’s open åtgärder without a report in 2026, and the summary counts them while still adding up', () => {
    const { ctx } = withDemoPlan();
    const rows = listActionStatus(ctx, { planId: 1 });
    const marked = rows.filter((a) => a.notReportedInYear).map((a) => a.number);
    // 17 of the 33 have no report in 2026; 13 of them are Genomförda or Avbrutna and owe none.
    expect(marked).toEqual(['3.4', '4.4', '4.6', '5.5']);
    expect(rows.filter((a) => !(a.latestReportedOn ?? '').startsWith('2026'))).toHaveLength(17);
    for (const a of rows) {
      const reported = a.latestReportedOn !== null && a.latestReportedOn >= '2026-01-01';
      const open = a.effectiveStatus !== 'genomford' && a.effectiveStatus !== 'avbruten';
      expect(a.notReportedInYear, a.number).toBe(open && !reported);
    }
    const summary = getStatusSummary(ctx, { planId: 1 });
    expect(summary.notReportedInYear).toBe(marked.length);
    expect(Object.values(summary.counts).reduce((a, b) => a + b, 0)).toBe(summary.total);
    expect(summary.byArea.reduce((n, g) => n + g.notReportedInYear, 0)).toBe(marked.length);
    expect(getFileSummary(ctx).notReportedInYear).toBe(marked.length);
    const perDate = listStatusesAsOf(ctx, { planId: 1 });
    expect(perDate.statuses.filter((s) => s.notReportedInYear)).toHaveLength(marked.length);
  });

  it('a report in the year lifts the mark; a late report for last year’s last period does not', () => {
    const { ctx } = withDemoPlan();
    const target = listActionStatus(ctx, { planId: 1 }).find((a) => a.number === '3.4')!;
    expect(target.notReportedInYear).toBe(true);
    const report = (period: string) => createStatusReport(ctx, {
      actionId: target.id, reportedOn: '2026-01-15', status: 'pagaende', assessment: null, comment: '', sourceId: null, period, reportedBy: '', bodyId: null,
    });
    report('2025-T3');
    expect(listActionStatus(ctx, { planId: 1 }).find((a) => a.id === target.id)!.notReportedInYear).toBe(true);
    report('2026-T1');
    expect(listActionStatus(ctx, { planId: 1 }).find((a) => a.id === target.id)!.notReportedInYear).toBe(false);
    // As of the end of 2025 the same åtgärd was reported (2025-12-10).
    expect(listActionStatus(ctx, { planId: 1, asOf: '2025-12-31' }).find((a) => a.id === target.id)!.notReportedInYear).toBe(false);
  });
});
