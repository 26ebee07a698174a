import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { createTestPlanFile, withDemoPlan } from '../../helpers/planFile';
import { TODAY } from '../../helpers/today';

/** Result.changed: a write's answer names the tables it changed, so the renderer refetches only their reads. */
describe('dispatch: what a call changed', () => {
  it('a status report names status_report, the change log and the undo journal, and nothing else', async () => {
    const { session } = withDemoPlan();
    const result = await dispatch(session, 'createStatusReport', { actionId: 1, reportedOn: TODAY, status: 'pagaende', comment: 'Arbetet pågår.' });
    expect(result).toMatchObject({ ok: true, changed: ['change_log', 'status_report', 'undo_entry'] });
  });

  it('an åtgärd edit names action (and action_body when its nämnder change)', async () => {
    const { session } = withDemoPlan();
    expect(await dispatch(session, 'updateAction', { id: 1, patch: { title: 'Ny rubrik på åtgärden' } }))
      .toMatchObject({ ok: true, changed: ['action', 'change_log', 'undo_entry'] });
  });

  it('a deletion names every table its cascade reached', async () => {
    const { session, file } = withDemoPlan();
    const action = (file.db.prepare('SELECT action_id AS id FROM status_report LIMIT 1').get() as { id: number }).id;
    const result = await dispatch(session, 'deleteAction', { id: action });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.changed).toEqual(expect.arrayContaining(['action', 'action_body', 'status_report', 'change_log', 'undo_entry']));
  });

  it('undo names the tables its inverse steps touched', async () => {
    const { session } = withDemoPlan();
    await dispatch(session, 'createStatusReport', { actionId: 1, reportedOn: TODAY, status: 'pagaende', comment: 'Arbetet pågår.' });
    expect(await dispatch(session, 'undoLastChange', {})).toMatchObject({ ok: true, changed: ['change_log', 'status_report', 'undo_entry'] });
  });

  it('a write that changes nothing says so with an empty list; a read says nothing', async () => {
    const { session } = withDemoPlan();
    const plan = await dispatch(session, 'getPlan', { id: 1 });
    expect(plan.ok && 'changed' in plan).toBe(false);
    if (!plan.ok) return;
    const same = await dispatch(session, 'updatePlan', { id: 1, patch: { name: (plan.value as { name: string }).name } });
    expect(same).toMatchObject({ ok: true, changed: [] });
  });

  it('a refused write names nothing', async () => {
    const { session } = withDemoPlan();
    const result = await dispatch(session, 'createBody', { name: 'socialnämnden', kind: 'namnd' });
    expect(result.ok).toBe(false);
    expect('changed' in result).toBe(false);
  });

  it('restoring a whole plan says everything', async () => {
    const { session } = withDemoPlan();
    const exported: Uint8Array[] = [];
    const withFiles = { ...session, platform: { ...session.platform, deliverFile: async (f: { bytes: Uint8Array; fileName: string }) => { exported.push(f.bytes); return { kind: 'saved' as const, path: `/test/${f.fileName}` }; } } };
    expect((await dispatch(withFiles, 'exportPlanJson', { planId: 1 })).ok).toBe(true);
    const empty = createTestPlanFile().session;
    const result = await dispatch(empty, 'restorePlanJson', { file: { name: 'plan.json', base64: Buffer.from(exported[0]).toString('base64') } });
    expect(result).toMatchObject({ ok: true, changed: 'everything' });
  });
});
