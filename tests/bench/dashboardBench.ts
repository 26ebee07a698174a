/**
 * Översikt in Chromium through browser mode on a large kommun's plan file (issue 4):
 * - first render: from navigation start until the charts are drawn, target ≤ 1000 ms median;
 * - a new "Per datum": from the date's Enter until every chart shows that date, ≤ 200 ms median.
 * Timed inside the page (performance.now()), so Playwright's own round trips do not count.
 * Run alone: npx tsx tests/bench/dashboardBench.ts [FILE]   (builds a large file when none is given)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../helpers/browser';
import { startBrowserMode } from '../helpers/browserMode';
import { median, percentile } from './measure';
import { generateLargePlanFile } from './generateLargePlanFile';

export interface DashboardBenchResult { id: string; name: string; medianMs: number; p95Ms: number; runs: number; targetMs: number }

const FIRST_RENDER_RUNS = 11;
const DATE_CHANGE_RUNS = 21;
const WARMUP = 2;
/** Dates the benchmark switches between; each differs from the one before. */
const DATES = ['2025-06-30', '2024-06-30', '2023-12-31', '2026-02-15'];

/*
 * The in-page parts are plain JavaScript strings: tsx would wrap named functions in a helper
 * (__name) that does not exist in the page.
 */

/** Set in the page before its scripts run: the first frame in which Översikt's charts are drawn. */
const WATCH_FIRST_RENDER = `(() => {
  const check = () => {
    const ready = document.querySelector('.dashboard[data-ready="true"]')
      && document.querySelector('[data-chart="by-area"] [data-segment]') && document.querySelector('[data-chart="trend"] .recharts-line');
    if (ready) requestAnimationFrame(() => { window.__overviewDrawnAt = performance.now(); });
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/**
 * Types a date into Per datum and presses Enter, then waits until every chart shows that date;
 * recharts draws its bars in an effect after React's commit, so two more frames, then it is on screen.
 */
const CHANGE_DATE = `async (date) => {
  const input = document.querySelector('.dash-controls input[type="text"]');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const start = performance.now();
  setValue.call(input, date);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  await new Promise((resolve) => {
    const check = () => {
      const root = document.querySelector('.dashboard');
      const charts = document.querySelectorAll('.chart-figure[data-as-of="' + date + '"]');
      if (root && root.dataset.asOf === date && root.dataset.ready === 'true' && charts.length === 3
        && document.querySelector('[data-chart="by-area"] [data-segment]')) {
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      } else {
        requestAnimationFrame(check);
      }
    };
    check();
  });
  return performance.now() - start;
}`;

function summarize(id: string, name: string, times: number[], targetMs: number): DashboardBenchResult {
  return { id, name, medianMs: median(times), p95Ms: percentile(times, 95), runs: times.length, targetMs };
}

export async function benchDashboard(dbPath: string): Promise<DashboardBenchResult[]> {
  const app = await startBrowserMode(dbPath);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'sv-SE' });
    context.setDefaultTimeout(60_000);
    await context.addInitScript(WATCH_FIRST_RENDER);
    const page = await context.newPage();
    // The first visit leaves the per-run token in the tab's sessionStorage; later loads need no token in the URL.
    await page.goto(app.url);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();

    const firstRender: number[] = [];
    for (let run = 0; run < WARMUP + FIRST_RENDER_RUNS; run++) {
      // A new query string makes it a full page load, as when the app starts on Översikt.
      await page.goto(`${app.origin}/?run=${run}#/oversikt`);
      await page.waitForFunction(() => (window as unknown as { __overviewDrawnAt?: number }).__overviewDrawnAt !== undefined);
      const drawnAt = await page.evaluate('window.__overviewDrawnAt') as number;
      if (run >= WARMUP) firstRender.push(drawnAt);
      // Let the page's last calls (the change log, the recommendations) finish: the next start must find a quiet server.
      await page.waitForLoadState('networkidle');
    }

    await page.waitForLoadState('networkidle');
    const dateChange: number[] = [];
    for (let run = 0; run < WARMUP + DATE_CHANGE_RUNS; run++) {
      const ms = await page.evaluate(`(${CHANGE_DATE})(${JSON.stringify(DATES[run % DATES.length])})`) as number;
      if (run >= WARMUP) dateChange.push(ms);
    }
    await context.close();
    return [
      summarize('overviewFirstRender', 'Översikt i Chromium (webbläsarläge): första visning med diagram', firstRender, 1000),
      summarize('overviewNewDate', 'Översikt: nytt Per datum tills diagrammen är omritade', dateChange, 200),
    ];
  } finally {
    await browser.close();
    await app.stop();
  }
}

async function main(): Promise<void> {
  let path = process.argv[2];
  let dir: string | null = null;
  if (!path) {
    dir = mkdtempSync(join(tmpdir(), 'planuppfoljning-dashboard-bench-'));
    path = join(dir, 'storkommun.sqlite');
    generateLargePlanFile(path);
  }
  try {
    const results = await benchDashboard(path);
    for (const r of results) {
      process.stdout.write(`${r.name}: median ${r.medianMs.toFixed(1)} ms, p95 ${r.p95Ms.toFixed(1)} ms (${r.runs} körningar, mål ≤ ${r.targetMs} ms)\n`);
    }
    if (results.some((r) => r.medianMs > r.targetMs)) process.exitCode = 1;
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
