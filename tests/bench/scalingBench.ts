/**
 * Scaling (issue 16): the figures of the large file that grow with it measured again on a file four times its size
 * (80 plans, 20,000 åtgärder, 240 nämnder, 400,000 status reports, 60,000 mått), with how much each
 * grew. The summary per område and nämnd at 4× has a target of its own: `summaryAt4x`, ≤ 100 ms.
 * The 4× file is generated once and kept between runs (cachedPlanFile.ts).
 *   npm run build && npx tsx tests/bench/scalingBench.ts      (this part alone: 1× and 4×; Översikt needs the built renderer)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cachedPlanFile } from './cachedPlanFile';
import { benchOpenFile, openBenchSession } from './fileBench';
import { LARGE_KOMMUN, LARGE_KOMMUN_4X } from './generateLargePlanFile';
import type { BenchResult } from './measure';
import { benchOpening } from './openBench';
import { benchDashboard } from './dashboardBench';

export const SCALE = 4;

/** A row measured at 4×, beside the same row on the large file. */
export interface ScaledResult extends BenchResult {
  scale: number;
  /** The median of the same measurement on the large file. */
  baselineMedianMs: number;
  /** medianMs / baselineMedianMs: 4 means it grows as the file does. */
  growth: number;
}

/** Every figure that grows with the file: opening it (openBench.ts) and the open file's calls (fileBench.ts). */
export async function benchFileFigures(path: string, asOf: string): Promise<BenchResult[]> {
  const results = await benchOpening(path, asOf);
  const { file, session } = openBenchSession(path);
  try {
    results.push(...(await benchOpenFile(session, asOf)));
  } finally {
    file.db.close();
  }
  return results;
}

/**
 * The file figures at 4×, and Översikt in Chromium (benchDashboard: its first render and a new date, which
 * read the whole file), each set beside its 1× row (matched by id); the summary's row is `summaryAt4x`.
 */
export async function benchAt4x(dir: string, asOf: string, at1x: BenchResult[], log: (line: string) => void): Promise<ScaledResult[]> {
  const path = join(dir, 'storkommun-4x.sqlite');
  cachedPlanFile(LARGE_KOMMUN_4X, path, log);
  const rows = [...(await benchFileFigures(path, asOf)), ...(await benchDashboard(path))];
  return rows.map((row) => {
    const base = at1x.find((b) => b.id === row.id);
    if (!base) throw new Error(`${row.id} saknar sin rad för den stora filen`);
    const summary = row.id === 'statusSummary';
    return {
      ...row,
      id: summary ? 'summaryAt4x' : `${row.id}At${SCALE}x`,
      name: `${row.name}, ${SCALE}×`,
      targetMs: summary ? 100 : null,
      scale: SCALE, baselineMedianMs: base.medianMs, growth: row.medianMs / base.medianMs,
    };
  });
}

export function scalingTable(rows: ScaledResult[]): string {
  return [
    `| Mätning | 1× median (ms) | ${SCALE}× median (ms) | Växer | Mål ${SCALE}× (ms) |`,
    '|---|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.name.replace(`, ${SCALE}×`, '')} | ${r.baselineMedianMs.toFixed(2)} | ${r.medianMs.toFixed(2)} | ${r.growth.toFixed(1)}× | ${r.targetMs === null ? '–' : `≤ ${r.targetMs}`} |`),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const asOf = '2025-06-30';
  const dir = mkdtempSync(join(tmpdir(), 'planuppfoljning-bench-'));
  const log = (line: string) => process.stderr.write(`${line}\n`);
  try {
    const path = join(dir, 'storkommun.sqlite');
    cachedPlanFile(LARGE_KOMMUN, path, log);
    const rows = await benchAt4x(dir, asOf, [...(await benchFileFigures(path, asOf)), ...(await benchDashboard(path))], log);
    process.stdout.write(`${scalingTable(rows)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
