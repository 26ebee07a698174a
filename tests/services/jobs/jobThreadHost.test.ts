import { describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { JobThreadHost } from '../../../electron/services/jobs/jobThreadHost';
import { capturePlatform } from '../../helpers/capturePlatform';
import { withDemoPlan } from '../../helpers/planFile';

/** The owner's side of the job thread when the thread cannot run (the rest: tests/services/api/runCall*.test.ts). */
describe('a job thread that cannot load here', () => {
  it('answers the waiting call inline, as dispatch, and refuses later ones so runCall runs them inline', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const host = new JobThreadHost(() => ({ code: 'throw new Error("better-sqlite3 går inte att läsa in här")', eval: true }));
    const { session, file } = withDemoPlan();
    const inline = capturePlatform();
    const expected = await dispatch({ ...session, platform: inline }, 'exportPlanJson', { planId: 1 });
    expect(await host.run({ ...session, platform: capturePlatform() }, file.path, 'exportPlanJson', { planId: 1 })).toEqual(expected);
    expect(() => host.run(session, file.path, 'exportPlanJson', { planId: 1 })).toThrow(/kan inte starta/);
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
  });
});
