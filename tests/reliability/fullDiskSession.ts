/**
 * Child process for the full-disk test, run inside its own mount namespace with a small tmpfs at
 * argv[2]/disk: opens the plan file there as the app does, fills the disk, tries to write, lets the
 * heartbeat run on the full disk, frees the space and writes again. Reports each step as a JSON
 * line and finally copies the plan file out to argv[2]/efter.planfil for the test to check.
 */
import { copyFileSync, rmSync, writeSync, openSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { FileSession } from '../../electron/main/fileSession';
import { dispatch } from '../../electron/services/api/dispatch';

const dir = process.argv[2];
const plan = join(dir, 'disk', 'delad.planfil');
copyFileSync(join(dir, 'delad.planfil'), plan);
const files = new FileSession('test', undefined, undefined, null, { lockTimings: { heartbeatMs: 100, staleMs: 180_000 } });
const report = (step: string, value: unknown) => process.stdout.write(`${JSON.stringify({ step, value })}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const addBody = async (name: string) => {
  const result = await dispatch(files.current(), 'createBody', { name, kind: 'namnd' });
  return result.ok ? { ok: true } : { ok: false, message: result.error.message };
};

/** Writes zeros until the disk says ENOSPC. */
function fillDisk(path: string): void {
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(4096);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}

async function main(): Promise<void> {
  files.open(plan);
  report('före', await addBody('Före full disk'));
  fillDisk(join(dir, 'disk', 'fyllnad'));
  report('full', await addBody(`Medan disken är full ${'x'.repeat(250)}`.slice(0, 280)));
  report('full igen', await addBody('Också medan disken är full'));
  await sleep(500); // several heartbeats on the full disk
  report('under tiden', files.info());
  rmSync(join(dir, 'disk', 'fyllnad'));
  await sleep(500); // a heartbeat that can write again
  report('efter', files.info());
  report('efter skrivning', await addBody('Efter full disk'));
  report('integritet', files.current()!.ctx.db.pragma('integrity_check', { simple: true }));
  files.close();
  copyFileSync(plan, join(dir, 'efter.planfil'));
}

void main();
