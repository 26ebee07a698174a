/**
 * Issue 17, id serverConcurrent: 50 simulated people (a rapportör for each of 30 nämnder, 10 strateger,
 * 10 läsare) against the built `planuppfoljning serve` on loopback, on the bench's large file, for 60 s:
 * 90 % reads (the åtgärd list, the summary, one åtgärd, its reports) and 10 % writes (status reports,
 * åtgärd texts). Each person waits 0.2–1 s between calls, as someone clicking does. Targets: p95 ≤ 150 ms
 * for reads and ≤ 250 ms for writes; the throughput is reported in the row's name. Afterwards the same
 * checks as the load test: every acknowledged write is in the file once and integrity_check is ok.
 * Called by tests/bench/run.ts; also `npm run bench -- --only serverConcurrent`.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addLoadUsers } from '../helpers/loadUsers';
import { runLoad } from '../helpers/serverLoad';
import { loadProblems } from '../helpers/serverLoadCheck';
import { startServeProcess, stopAll } from '../helpers/serveProcess';
import { cachedPlanFile } from './cachedPlanFile';
import { LARGE_KOMMUN } from './generateLargePlanFile';
import { median, percentile, type BenchResult } from './measure';

const DURATION_MS = 60_000;

export async function benchServerConcurrent(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'planuppfoljning-serverbench-'));
  try {
    const planPath = join(dir, 'storkommun.sqlite');
    cachedPlanFile(LARGE_KOMMUN, planPath, (line) => process.stderr.write(`${line}\n`));
    const users = addLoadUsers(planPath);
    const server = startServeProcess(['--db', planPath, '--port', '0']);
    const origin = await server.origin;
    if (origin === null) throw new Error(`servern startade inte: ${(await server.exited).stderr}`);
    const result = await runLoad({ users, origin: () => origin, durationMs: DURATION_MS, writeShare: 0.1, thinkMs: [200, 1000], asOf: '2025-06-30' });
    await stopAll();
    const db = new Database(planPath, { readonly: true });
    const problems = loadProblems(db, result);
    db.close();
    if (problems.length > 0 || result.refusals.length > 0) throw new Error(`serverConcurrent: ${[...problems, ...result.refusals].slice(0, 5).join('; ')}`);
    const perSecond = (result.readMs.length + result.writeMs.length) / (DURATION_MS / 1000);
    const row = (id: string, what: string, times: number[], p95TargetMs: number): BenchResult => ({
      id, name: `${id}: ${what}, ${users.length} personer, ${perSecond.toFixed(0)} anrop/s totalt`, medianMs: median(times), p95Ms: percentile(times, 95),
      runs: times.length, targetMs: null, p95TargetMs,
    });
    return [
      row('serverConcurrent', `${result.readMs.length} läsningar`, result.readMs, 150),
      row('serverConcurrentWrites', `${result.writeMs.length} skrivningar`, result.writeMs, 250),
    ];
  } finally {
    await stopAll();
    rmSync(dir, { recursive: true, force: true });
  }
}
