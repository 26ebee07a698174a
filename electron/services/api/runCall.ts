import type { Result } from '@shared/errors';
import { dispatch } from './dispatch';
import { refuseByRole } from '../access/checkAccess';
import type { Session } from './handlers';
import { isHeavyCall } from '../jobs/heavyCalls';
import { JobThreadHost } from '../jobs/jobThreadHost';

/** One job thread per process, started on the first heavy call. */
export const jobThread = new JobThreadHost();

/**
 * dispatch with the same signature and the same answers, except that heavy calls (exports and
 * imports, jobs/heavyCalls.ts) run in the job thread on their own connection to the plan file, so
 * a cheap call is answered meanwhile. A session without a file on disk (in-memory tests) runs
 * everything inline; so does a process where the thread cannot start.
 */
export function runCall(session: Session | null, name: unknown, input: unknown): Promise<Result<unknown>> {
  if (session === null || !isHeavyCall(name) || session.ctx.db.memory || !session.ctx.db.open) return dispatch(session, name, input);
  // A role that may not make the call is answered here, without handing its upload to the thread (which would refuse it too).
  const refused = session.caller ? refuseByRole(session.caller, name) : null;
  if (refused !== null) return Promise.resolve({ ok: false, error: refused.toData() });
  try {
    return jobThread.run(session, session.ctx.db.name, name, input);
  } catch (error) {
    console.error('[jobThread] could not start; running inline', error);
    return dispatch(session, name, input);
  }
}
