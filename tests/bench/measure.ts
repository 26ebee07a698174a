/** Runs fn repeatedly after a warm-up and returns the timings in ms; after (untimed) tidies up between runs. */
export async function measure(fn: () => unknown, runs: number, warmup = 2, after: () => unknown = () => undefined): Promise<number[]> {
  for (let i = 0; i < warmup; i++) {
    await fn();
    await after();
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
    await after();
  }
  return times;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export interface BenchResult {
  /** A stable name for the row, where an issue asks for one (e.g. openWithCheck). */
  id?: string;
  name: string;
  medianMs: number;
  p95Ms: number;
  runs: number;
  /** Upper bound for the median; null where the issue sets no target (reported for comparison). */
  targetMs: number | null;
  /** Upper bound for the 95th percentile, where the issue sets one (responsiveDuringExport). */
  p95TargetMs?: number;
}

/** A row meets its targets: the median, and the 95th percentile where one is set. */
export function meetsTargets(r: BenchResult): boolean {
  return (r.targetMs === null || r.medianMs <= r.targetMs) && (r.p95TargetMs === undefined || r.p95Ms <= r.p95TargetMs);
}

export async function bench(
  name: string, fn: () => unknown, runs: number, targetMs: number | null, options: { id?: string; after?: () => unknown } = {},
): Promise<BenchResult> {
  const times = await measure(fn, runs, 2, options.after);
  return { ...(options.id ? { id: options.id } : {}), name, medianMs: median(times), p95Ms: percentile(times, 95), runs, targetMs };
}
