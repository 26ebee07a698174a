/**
 * Issue 17, id serverConcurrent: 50 people signed in to the built `planuppfoljning serve` on loopback
 * (30 rapportörer, 5 strateger, 15 läsare; tests/helpers/serverLoad.ts) against the bench's large
 * kommun for 60 s, 90 % reads and 10 % writes (status reports), each person pausing 0–1 s between
 * calls. Targets: p95 ≤ 150 ms for reads and ≤ 250 ms for writes; the throughput is in the row's name.
 * The server is its own process, as it runs for a kommun; the 50 people share this one.
 *   npm run bench -- --only serverConcurrent
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI } from '../helpers/runCli';
import { addLoadAccounts, runLoad } from '../helpers/serverLoad';
import { cachedPlanFile } from './cachedPlanFile';
import { LARGE_KOMMUN } from './generateLargePlanFile';
import { median, percentile, type BenchResult } from './measure';

const SECONDS = 60;
const THINK_MS = 500;
const REPORTED_ON = '2025-06-30';

export async function benchServerConcurrent(largeFile?: string): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'planuppfoljning-serverbench-'));
  const plan = join(dir, 'server.sqlite');
  if (largeFile) copyFileSync(largeFile, plan);
  else cachedPlanFile(LARGE_KOMMUN, plan, (line) => process.stderr.write(`${line}\n`));
  const people = addLoadAccounts(plan);
  const child = spawn(process.execPath, [CLI, 'serve', '--db', plan, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const origin = await new Promise<string>((resolve, reject) => {
      child.stdout!.setEncoding('utf8');
      child.stdout!.once('data', (line: string) => resolve(line.split('\n')[0]));
      child.once('exit', (code) => reject(new Error(`serve avslutades (${code}) innan den lyssnade`)));
    });
    const outcome = await runLoad(origin, people, { seconds: SECONDS, writeShare: 0.1, thinkMs: THINK_MS, reportedOn: REPORTED_ON });
    if (outcome.failures.length > 0) throw new Error(`serverConcurrent: ${outcome.failures.length} anrop vägrades, t.ex. ${outcome.failures[0]}`);
    const perSecond = (outcome.readMs.length + outcome.writeMs.length) / SECONDS;
    const row = (id: string, name: string, times: number[], p95TargetMs: number): BenchResult => ({
      id, name, medianMs: median(times), p95Ms: percentile(times, 95), runs: times.length, targetMs: p95TargetMs, p95TargetMs,
    });
    return [
      row('serverConcurrent', `Serverläge, 50 samtidiga användare i ${SECONDS} s: läsningar (${perSecond.toFixed(0)} anrop/s totalt)`, outcome.readMs, 150),
      row('serverConcurrentWrites', `Serverläge, 50 samtidiga användare i ${SECONDS} s: skrivningar (${outcome.writeMs.length} lägesrapporter)`, outcome.writeMs, 250),
    ];
  } finally {
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
    rmSync(dir, { recursive: true, force: true });
  }
}
