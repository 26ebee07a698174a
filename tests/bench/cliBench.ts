/**
 * The command line's start (issue 16): wall time of `node out/cli/index.js summary --db demo` as a
 * user runs it, a new Node process each time, target ≤ 400 ms median; `node -e 0` beside it is the
 * floor no command can go below. Needs the built CLI (`npm run build`, which `npm run bench` runs).
 *   npx tsx tests/bench/cliBench.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDemoFile } from '../../electron/services/demo/createDemoFile';
import { bench, type BenchResult } from './measure';

const CLI = join(import.meta.dirname, '../../out/cli/index.js');

function run(args: string[]): void {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')}: ${result.stderr}`);
}

export async function benchCli(dir: string): Promise<BenchResult[]> {
  if (!existsSync(CLI)) throw new Error(`${CLI} saknas: kör npm run build först.`);
  const demo = join(dir, 'demo.sqlite');
  createDemoFile(demo, 'bench').db.close();
  return [
    await bench('Kommandoraden: node out/cli/index.js summary --db demofilen (ny process)', () => run([CLI, 'summary', '--db', demo]), 21, 400, { id: 'cliSummary' }),
    await bench('Golvet: node -e 0 (en tom Node-process)', () => run(['-e', '0']), 21, null, { id: 'nodeStartFloor' }),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = mkdtempSync(join(tmpdir(), 'planuppfoljning-bench-'));
  try {
    for (const r of await benchCli(dir)) process.stdout.write(`${r.id}: median ${r.medianMs.toFixed(0)} ms, p95 ${r.p95Ms.toFixed(0)} ms (${r.runs} körningar)\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
