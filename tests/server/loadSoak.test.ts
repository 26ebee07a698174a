import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateLargePlanFile } from '../bench/generateLargePlanFile';
import { tempDir } from '../helpers/planFile';
import { addLoadUsers, LOAD_PEOPLE } from '../helpers/loadUsers';
import { emptyLoadResult, runLoad } from '../helpers/serverLoad';
import { loadProblems } from '../helpers/serverLoadCheck';
import { startServeProcess, stopAll } from '../helpers/serveProcess';

/**
 * Issue 17's load and soak test, bounded to 2 minutes on loopback: 50 simulated people (a rapportör
 * for each of 30 nämnder, strateger, läsare) read and write against the built `planuppfoljning serve`;
 * halfway the server is killed with SIGKILL and started again on the same file and port. Afterwards
 * every acknowledged write is in the file once, nothing is doubled, and integrity_check is ok.
 */
afterEach(stopAll);

const AS_OF = '2026-06-30';

describe('the server under 50 people at once, killed and restarted', () => {
  it('keeps every acknowledged write exactly once and the file whole', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const planPath = join(dir, 'lasttest.sqlite');
    generateLargePlanFile(planPath, { plans: 2, areasPerPlan: 4, actions: 600, bodies: 40, statusReports: 6_000, measuresPerAction: 0 });
    const users = addLoadUsers(planPath);
    expect(users).toHaveLength(LOAD_PEOPLE.rapportorer + LOAD_PEOPLE.strateger + LOAD_PEOPLE.lasare);

    const first = startServeProcess(['--db', planPath, '--port', '0']);
    const origin = await first.origin;
    expect(origin, (await Promise.race([first.exited, Promise.resolve(null)]))?.stderr).not.toBeNull();
    const port = new URL(origin!).port;
    let current = origin!;

    const result = emptyLoadResult();
    const load = runLoad({ users, origin: () => current, durationMs: 40_000, writeShare: 0.1, thinkMs: [50, 250], asOf: AS_OF, result });

    // Halfway: the process dies without any chance to clean up, as on a power cut.
    await new Promise((resolve) => setTimeout(resolve, 15_000));
    const ackedBeforeKill = result.acknowledged.length;
    first.child.kill('SIGKILL');
    await first.exited;
    const second = startServeProcess(['--db', planPath, '--port', port]);
    const again = await second.origin;
    expect(again, 'the server starts again on the file it was killed holding').not.toBeNull();
    current = again!;
    await load;
    second.child.kill('SIGTERM');
    expect((await second.exited).code, 'a stop with SIGTERM is a clean exit').toBe(0);

    // Enough happened on both sides of the kill for the checks to mean something.
    expect(ackedBeforeKill).toBeGreaterThan(20);
    expect(result.acknowledged.length - ackedBeforeKill).toBeGreaterThan(20);
    expect(result.readMs.length).toBeGreaterThan(10 * result.writeMs.length / 2);
    expect(result.refusals).toEqual([]);

    const db = new Database(planPath, { readonly: true });
    try {
      expect(loadProblems(db, result)).toEqual([]);
    } finally {
      db.close();
    }
  });
});
