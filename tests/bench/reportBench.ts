/**
 * The yearly report of a plan with 500 åtgärder, exported as DOCX (target ≤ 3 s median) and PDF
 * (≤ 5 s median), the way the CLI and browser mode make them: model from the plan file, charts
 * and printing in headless Chromium. Called by tests/bench/run.ts; also runnable on its own:
 *   npx tsx tests/bench/reportBench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext } from '../../electron/services/context';
import { openPlanFile } from '../../electron/services/db/openPlanFile';
import { buildReportFile } from '../../electron/services/report/exportReport';
import { browserPlatform } from '../../electron/web/browserPlatform';
import { closePdfPrinter } from '../../electron/web/chromiumPdf';
import { generateLargePlanFile } from './generateLargePlanFile';
import { bench } from './measure';

const REPORT_PLAN = { plans: 1, areasPerPlan: 6, actions: 500, bodies: 30, statusReports: 5_000, measuresPerAction: 3, measureYears: 5 };

export async function benchReports(): Promise<Array<{ name: string; medianMs: number; p95Ms: number; runs: number; targetMs: number }>> {
  const dir = mkdtempSync(join(tmpdir(), 'planuppfoljning-reportbench-'));
  const path = join(dir, 'plan500.sqlite');
  generateLargePlanFile(path, REPORT_PLAN);
  const file = openPlanFile(path, { readOnly: true });
  const ctx = createContext(file.db, 'bench', () => new Date('2026-11-26T10:00:00Z'));
  const request = { kind: 'arsrapport' as const, planId: 1, year: 2025 };
  try {
    const docx = await bench('Årsrapport, 500 åtgärder, DOCX', () => buildReportFile(ctx, browserPlatform, { ...request, format: 'docx' }), 5, 3000);
    const pdf = await bench('Årsrapport, 500 åtgärder, PDF', () => buildReportFile(ctx, browserPlatform, { ...request, format: 'pdf' }), 5, 5000);
    return [docx, pdf].map((r) => ({ ...r, targetMs: r.targetMs ?? 0 }));
  } finally {
    file.db.close();
    await closePdfPrinter();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('reportBench.ts')) {
  void benchReports().then((results) => {
    for (const r of results) process.stdout.write(`${r.name}: median ${r.medianMs.toFixed(0)} ms, p95 ${r.p95Ms.toFixed(0)} ms (mål ≤ ${r.targetMs} ms)\n`);
    // The figures depend on what else runs on the machine: printing the load with them makes runs comparable.
    process.stdout.write(`Load average (1, 5, 15 min): ${loadavg().map((l) => l.toFixed(2)).join(', ')}\n`);
  });
}
