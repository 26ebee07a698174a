import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LATEST_SCHEMA_VERSION } from '../../electron/services/db/migrations';
import { generateLargePlanFile, type LargeFileSpec } from './generateLargePlanFile';

/** Where generated bench files are kept between runs (the 4× file takes the better part of a minute to write). */
export const BENCH_CACHE_DIR = join(tmpdir(), 'planuppfoljning-bench-cache');

/**
 * A generated plan file for `spec`, written once and kept in BENCH_CACHE_DIR, then copied to `target`
 * for this run (so a run that opens and locks it never changes the kept one). The name holds a hash of
 * the spec, the generator's source and the schema version, so a change to any of them makes a new file.
 */
export function cachedPlanFile(spec: LargeFileSpec, target: string, log: (line: string) => void): void {
  const generator = readFileSync(join(import.meta.dirname, 'generateLargePlanFile.ts'));
  const key = createHash('sha256').update(JSON.stringify(spec)).update(generator).update(String(LATEST_SCHEMA_VERSION)).digest('hex').slice(0, 16);
  const kept = join(BENCH_CACHE_DIR, `planfil-${spec.actions}-${key}.sqlite`);
  if (!existsSync(kept)) {
    mkdirSync(BENCH_CACHE_DIR, { recursive: true });
    const started = performance.now();
    const partial = `${kept}.skrivs`;
    rmSync(partial, { force: true });
    generateLargePlanFile(partial, spec);
    renameSync(partial, kept);
    log(`Genererade ${kept} på ${((performance.now() - started) / 1000).toFixed(1)} s (sparas till nästa körning)`);
  }
  copyFileSync(kept, target);
}
