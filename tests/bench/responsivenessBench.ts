/**
 * Issue 16, id responsiveDuringExport: a cheap call (listPlans) over browser mode's HTTP bridge,
 * asked again and again while a 500-åtgärd DOCX export and a 2,000-row XLSX import run on the same
 * open file, in browser mode as it runs (its service host process and the host's job thread). Target: median ≤ 20 ms and p95 ≤ 50 ms (before the job thread it waited for the whole
 * export). The file is as large as the bench's kommun (5,000 åtgärder, 100,000 status reports), in
 * 10 plans of 500 åtgärder so that one plan is the report's size. Called by tests/bench/run.ts;
 * also runnable on its own:
 *   npx tsx tests/bench/responsivenessBench.ts
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { TOKEN_HEADER } from '../../electron/web/server';
import { startBrowserMode } from '../helpers/browserMode';
import { generateLargePlanFile, LARGE_KOMMUN } from './generateLargePlanFile';
import { planWorkbook } from './importBench';
import { median, percentile, type BenchResult } from './measure';

/**
 * The page's side, in a process of its own as the browser is: listPlans every PACE_MS whether or not
 * the last one was answered, each timed from when it fell due, so a stretch in which the server answers
 * nothing counts for every call that fell due in it. Prints "ready", and on "stop" the times as JSON.
 */
const PACED_CLIENT = `
const [origin, token, pace] = process.argv.slice(1);
const times = [];
const pending = [];
let stopping = false;
process.stdin.setEncoding('utf8');
process.stdin.on('data', () => { stopping = true; });
const started = performance.now();
console.log('ready');
for (let k = 0; !stopping; k++) {
  const due = started + k * Number(pace);
  const wait = due - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  pending.push(fetch(origin + '/api/listPlans', { method: 'POST', headers: { '${TOKEN_HEADER}': token }, body: '{}' })
    .then((res) => res.json())
    .then((result) => {
      if (!result.ok || result.value.length < 10) throw new Error('listPlans svarade inte med planerna');
      times.push(performance.now() - due);
    }));
}
await Promise.all(pending);
console.log(JSON.stringify(times));
`;

async function startPacedClient(origin: string, token: string): Promise<{ stop: () => Promise<number[]> }> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', PACED_CLIENT, origin, token, String(PACE_MS)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout! });
  const output: string[] = [];
  await new Promise<void>((resolve, reject) => {
    lines.on('line', (line) => (line === 'ready' ? resolve() : output.push(line)));
    child.once('exit', (code) => reject(new Error(`the paced client exited with ${code}`)));
  });
  return {
    stop: () => new Promise((resolve, reject) => {
      child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(output.join('')) as number[]) : reject(new Error(`the paced client exited with ${code}`))));
      child.stdin!.end('stop\n');
    }),
  };
}

/** Rounds of export + import; the first warms up (starts the thread and Chromium) and is not counted. */
const ROUNDS = 4;
/** How often listPlans is asked: about as often as a person clicks and a view reloads, and far more. */
const PACE_MS = 10;

export async function benchResponsiveDuringExport(): Promise<BenchResult & { heavyMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'planuppfoljning-responsiveness-'));
  const path = join(dir, 'storkommun-500.sqlite');
  generateLargePlanFile(path, { ...LARGE_KOMMUN, plans: 10 });
  // Browser mode as the app runs it: its own service host process, heavy calls in the host's job thread.
  const app = await startBrowserMode(path, join(dir, 'Säkerhetskopior'), { today: '2026-11-26' });
  const server = { origin: app.origin, token: new URL(app.url).hash.replace('#token=', '') };
  const call = async (name: string, input: unknown): Promise<unknown> => {
    const res = await fetch(`${server.origin}/api/${name}`, { method: 'POST', headers: { [TOKEN_HEADER]: server.token }, body: JSON.stringify(input) });
    const result = await res.json() as { ok: boolean; value?: unknown; error?: { message: string } };
    if (!result.ok) throw new Error(`${name}: ${result.error?.message}`);
    return result.value;
  };
  const workbook = Buffer.from(await planWorkbook()).toString('base64');
  const times: number[] = [];
  const heavyTimes: number[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const client = await startPacedClient(server.origin, server.token);
      const started = performance.now();
      await Promise.all([
        call('exportReport', { kind: 'arsrapport', planId: 1 + round, year: 2025, format: 'docx' }),
        call('commitPlanImport', {
          file: { name: 'plan.xlsx', base64: workbook }, target: { kind: 'new', name: `Importerad plan ${round + 1}` }, statusDate: '2026-11-26',
        }),
      ]);
      const heavyMs = performance.now() - started;
      const asked = await client.stop();
      if (round > 0) {
        times.push(...asked);
        heavyTimes.push(heavyMs);
      }
    }
  } finally {
    await app.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    id: 'responsiveDuringExport',
    name: 'listPlans via HTTP-bryggan medan en DOCX-export (500 åtgärder) och en XLSX-import (2 000 rader) pågår',
    medianMs: median(times), p95Ms: percentile(times, 95), runs: times.length, targetMs: 20, p95TargetMs: 50,
    heavyMs: median(heavyTimes),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchResponsiveDuringExport();
  process.stdout.write(`${r.name}: median ${r.medianMs.toFixed(1)} ms, p95 ${r.p95Ms.toFixed(1)} ms (${r.runs} anrop, mål ≤ ${r.targetMs} / ≤ ${r.p95TargetMs} ms); `
    + `export + import tog ${r.heavyMs.toFixed(0)} ms (median)\n`);
  process.stdout.write(`Load average (1, 5, 15 min): ${loadavg().map((l) => l.toFixed(2)).join(', ')}\n`);
}
