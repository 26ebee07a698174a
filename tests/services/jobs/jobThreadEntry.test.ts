import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { jobThreadEntry } from '../../../electron/services/jobs/jobThreadEntry';
import { JobThreadHost } from '../../../electron/services/jobs/jobThreadHost';
import { capturePlatform } from '../../helpers/capturePlatform';
import { withDemoPlan } from '../../helpers/planFile';

/** The job thread as electron-vite builds it for the app (out/main/jobThread.js), and as it is found. */
const ROOT = join(import.meta.dirname, '../../..');
const BUILT = join(ROOT, 'out/main/jobThread.js');

describe('the job thread’s entry', () => {
  it('is the TypeScript source, through tsx, when the code runs from source', () => {
    const entry = jobThreadEntry(join(ROOT, 'electron/services/jobs/jobThreadEntry.ts'));
    expect(entry.eval).toBe(true);
    expect(entry.code).toContain('electron/services/jobs/jobThread.ts');
  });

  it('is jobThread.js beside the built main bundle, also from a shared chunk one folder down', () => {
    if (!existsSync(BUILT)) throw new Error('out/main/jobThread.js saknas: kör `npx electron-vite build` först.');
    expect(jobThreadEntry(join(ROOT, 'out/main/index.js'))).toEqual({ code: BUILT, eval: false });
    expect(jobThreadEntry(join(ROOT, 'out/main/chunks/shared.js'))).toEqual({ code: BUILT, eval: false });
    // The built command line's `serve` runs heavy calls in the app's thread too.
    expect(jobThreadEntry(join(ROOT, 'out/cli/chunks/serve.js'))).toEqual({ code: BUILT, eval: false });
    expect(() => jobThreadEntry(join(ROOT, 'tests/fixtures/index.js'))).toThrow(/jobThread\.js saknas/);
  });
});

describe('the built job thread', () => {
  const host = new JobThreadHost(() => ({ code: BUILT, eval: false }));
  afterAll(() => host.stop());

  it('answers an export as dispatch does', async () => {
    if (!existsSync(BUILT)) throw new Error('out/main/jobThread.js saknas: kör `npx electron-vite build` först.');
    const { session, file } = withDemoPlan();
    const inline = capturePlatform();
    const threaded = capturePlatform();
    const expected = await dispatch({ ...session, platform: inline }, 'exportPlanJson', { planId: 1 });
    expect(await host.run({ ...session, platform: threaded }, file.path, 'exportPlanJson', { planId: 1 })).toEqual(expected);
    expect(Buffer.from(threaded.files[0].bytes).toString('utf8')).toBe(Buffer.from(inline.files[0].bytes).toString('utf8'));
  });
});
