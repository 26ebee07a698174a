import { describe, expect, it } from 'vitest';
import { createStatusReport, listStatusReports } from '../../../electron/services/plan/statusReports';
import { listActionStatus } from '../../../electron/services/plan/actionStatus';
import { getFileSummary, getStatusSummary } from '../../../electron/services/plan/statusSummary';
import { AppError } from '@shared/errors';
import { emptyStatusCounts } from '@shared/domain/status';
import { demoPlan } from '../../../electron/services/demo/loadDemoPlan';
import { withDemoPlan } from '../../helpers/planFile';

describe('status reports and derived status', () => {
  it('are never overwritten: the database itself refuses an UPDATE', () => {
    const { file } = withDemoPlan();
    expect(() => file.db.prepare("UPDATE status_report SET status = 'genomford'").run()).toThrow(/append-only/);
  });

  it('a new report becomes the current status, the older one stays in the history', () => {
    const { ctx } = withDemoPlan();
    const action = listActionStatus(ctx, {}).find((a) => a.effectiveStatus === 'pagaende')!;
    const before = listStatusReports(ctx, action.id);
    createStatusReport(ctx, {
      actionId: action.id, reportedOn: '2026-11-20', status: 'genomford', assessment: 'ja', comment: 'Klart.',
      sourceId: null, period: '2026-T3', reportedBy: 'Strateg', bodyId: null,
    });
    const history = listStatusReports(ctx, action.id);
    expect(history).toHaveLength(before.length + 1);
    expect(history[0].status).toBe('genomford');
    expect(listActionStatus(ctx, {}).find((a) => a.id === action.id)!.effectiveStatus).toBe('genomford');
  });

  it('refuses a report dated in the future and one citing an unknown source', () => {
    const { ctx } = withDemoPlan();
    const action = listActionStatus(ctx, {})[0];
    try {
      createStatusReport(ctx, {
        actionId: action.id, reportedOn: '2027-01-01', status: 'pagaende', assessment: null, comment: '',
        sourceId: 9999, period: '', reportedBy: '', bodyId: null,
      });
      throw new Error('accepted');
    } catch (error) {
      expect((error as AppError).problems.map((p) => p.field)).toEqual(['sourceId', 'reportedOn']);
    }
  });

  it('Försenad and Ingen uppföljning follow the rule, as of any date', () => {
    const { ctx } = withDemoPlan();
    for (const asOf of ['2023-06-30', '2025-01-01', '2026-11-26']) {
      for (const row of listActionStatus(ctx, { asOf })) {
        const reports = listStatusReports(ctx, row.id).filter((r) => r.reportedOn <= asOf);
        const latest = reports[0]?.status ?? null;
        const closed = latest === 'genomford' || latest === 'avbruten';
        const late = row.deadline !== null && row.deadline < asOf;
        const expected = closed ? latest : late ? 'forsenad' : (latest ?? 'ingen_uppfoljning');
        expect(row.effectiveStatus, `${row.number} per ${asOf}`).toBe(expected);
      }
    }
  });

  it('the summary per område and per nämnd adds up and matches the per-åtgärd statuses', () => {
    const { ctx } = withDemoPlan();
    const asOf = '2025-06-30';
    const rows = listActionStatus(ctx, { asOf });
    const summary = getStatusSummary(ctx, { planId: null, asOf });
    const expected = emptyStatusCounts();
    for (const row of rows) expected[row.effectiveStatus] += 1;
    expect(summary.counts).toEqual(expected);
    expect(summary.total).toBe(rows.length);
    expect(summary.byArea.reduce((n, g) => n + g.total, 0)).toBe(rows.length);
    const responsibilities = rows.reduce((n, r) => n + r.responsible.length, 0);
    expect(summary.byBody.reduce((n, g) => n + g.total, 0)).toBe(responsibilities);
  });

  it('the file summary counts the demo plan as the demo file describes it', () => {
    const { ctx } = withDemoPlan();
    const summary = getFileSummary(ctx, '2026-11-26');
    const actions = demoPlan.areas.flatMap((a) => a.actions);
    expect(summary).toMatchObject({
      plans: 1, areas: demoPlan.areas.length, actions: actions.length, bodies: demoPlan.bodies.length,
      statusReports: actions.reduce((n, a) => n + a.reports.length, 0),
    });
    const neverReported = actions.filter((a) => a.reports.length === 0 && !(a.deadline && a.deadline < '2026-11-26')).length;
    expect(summary.byStatus.ingen_uppfoljning).toBe(neverReported);
    expect(Object.values(summary.byStatus).reduce((a, b) => a + b, 0)).toBe(actions.length);
  });
});
