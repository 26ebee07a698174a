import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDemoFile } from '../../electron/services/demo/createDemoFile';
import { tempDir } from '../helpers/planFile';

const KILLS = 50;

/** Bundled once (CommonJS, finding better-sqlite3 through NODE_PATH) so each of the 50 child processes starts in milliseconds, not seconds. */
function bundleWriter(dir: string): string {
  const out = join(dir, 'statusWriter.cjs');
  buildSync({
    entryPoints: [join(import.meta.dirname, 'statusWriter.ts')], bundle: true, platform: 'node', format: 'cjs',
    outfile: out, external: ['better-sqlite3'], logLevel: 'silent',
  });
  return out;
}

/** Starts the writer, lets it run for `ms`, kills it with SIGKILL and returns the ids it had acknowledged. */
function runAndKill(writer: string, db: string, ms: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, db], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_PATH: join(import.meta.dirname, '../../node_modules') } });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    let timer: NodeJS.Timeout | undefined;
    child.stdout.once('data', () => { timer = setTimeout(() => child.kill('SIGKILL'), ms); });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended by itself (${code}): ${err}`));
      // Only complete lines are acknowledgements; a half-written last line is not.
      resolve(out.split('\n').slice(0, -1).map(Number));
    });
  });
}

describe('crash safety', () => {
  it(`keeps the file sound and every acknowledged write after ${KILLS} SIGKILLs mid-write`, async () => {
    const dir = tempDir();
    const db = join(dir, 'plan.sqlite');
    createDemoFile(db).db.close();
    const writer = bundleWriter(dir);
    const acknowledged: number[] = [];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let kill = 0; kill < KILLS; kill++) {
      acknowledged.push(...(await runAndKill(writer, db, 5 + Math.floor(random() * 60))));
      const check = new Database(db);
      expect(check.pragma('integrity_check', { simple: true }), `after kill ${kill + 1}`).toBe('ok');
      expect(check.pragma('foreign_key_check'), `after kill ${kill + 1}`).toEqual([]);
      const present = new Set((check.prepare("SELECT id FROM status_report WHERE reported_by = 'Krocktest'").all() as { id: number }[]).map((r) => r.id));
      const lost = acknowledged.filter((id) => !present.has(id));
      expect(lost, `after kill ${kill + 1}`).toEqual([]);
      check.close();
    }
    expect(acknowledged.length).toBeGreaterThan(KILLS);
  }, 180_000);
});
