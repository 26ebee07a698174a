import { describe, expect, it } from 'vitest';
import { listActionStatus } from '../../../electron/services/plan/actionStatus';
import { tableRows, withDemoPlan } from '../../helpers/planFile';
import { call, refusal } from '../import/importHelpers';

/** Setting Avbruten asks for the beslut behind it: beslut, instans and datum (issue 14, Deliver 4). */
describe('the beslut behind an Avbruten status report', () => {
  const base = { reportedOn: '2026-11-20', period: '2026-T3', reportedBy: 'Kanslichef' };

  it('is kept with the report, shown as the åtgärd’s latest, and logged', async () => {
    const { session, ctx } = withDemoPlan();
    const action = listActionStatus(ctx, { planId: 1 }).find((a) => a.number === '3.5')!;
    const report = await call(session, 'createStatusReport', {
      ...base, actionId: action.id, status: 'avbruten', stopDecision: 'KS § 112, Avslut av åtgärd 3.5', stopDecidedBy: 'Kommunstyrelsen', stopDecidedOn: '2026-11-10',
    });
    expect(report).toMatchObject({ status: 'avbruten', stopDecision: 'KS § 112, Avslut av åtgärd 3.5', stopDecidedBy: 'Kommunstyrelsen', stopDecidedOn: '2026-11-10' });
    expect(listActionStatus(ctx, { planId: 1 }).find((a) => a.id === action.id)).toMatchObject({
      effectiveStatus: 'avbruten', latestStopDecision: 'KS § 112, Avslut av åtgärd 3.5', latestStopDecidedBy: 'Kommunstyrelsen', latestStopDecidedOn: '2026-11-10',
    });
    const [logged] = await call(session, 'listChanges', { since: '2000-01-01', actionId: action.id, limit: 1 });
    expect(JSON.parse(logged.newValue!)).toMatchObject({ stopDecidedBy: 'Kommunstyrelsen' });
  });

  it('may be left out (the report then counts it against the område), but not given in part or for another status', async () => {
    const { session, ctx, file } = withDemoPlan();
    const action = listActionStatus(ctx, { planId: 1 }).find((a) => a.number === '3.5')!;
    const before = tableRows(file, 'status_report').length;
    const half = await refusal(session, 'createStatusReport', { ...base, actionId: action.id, status: 'avbruten', stopDecidedBy: 'Kommunstyrelsen' });
    expect(half.problems).toEqual([
      { field: 'stopDecision', message: 'Ange beslutet om att avbryta åtgärden, till exempel paragraf och ärende.' },
      { field: 'stopDecidedOn', message: 'Ange vilket datum beslutet fattades.' },
    ]);
    const otherStatus = await refusal(session, 'createStatusReport', { ...base, actionId: action.id, status: 'pagaende', stopDecision: 'KS § 1' });
    expect(otherStatus.problems).toEqual([{ field: 'stopDecision', message: 'Beslut, instans och beslutsdatum anges bara när status är Avbruten.' }]);
    const future = await refusal(session, 'createStatusReport', {
      ...base, actionId: action.id, status: 'avbruten', stopDecision: 'KS § 1', stopDecidedBy: 'KS', stopDecidedOn: '2027-01-01',
    });
    expect(future.problems).toEqual([{ field: 'stopDecidedOn', message: 'Beslutsdatum kan inte ligga i framtiden.' }]);
    expect(tableRows(file, 'status_report')).toHaveLength(before);
    const without = await call(session, 'createStatusReport', { ...base, actionId: action.id, status: 'avbruten' });
    expect(without).toMatchObject({ stopDecision: '', stopDecidedBy: '', stopDecidedOn: null });
  });
});
