import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkIntegrity, checkIntegrityInBackground } from '../../../electron/services/db/integrityCheck';
import { createDemoFile } from '../../../electron/services/demo/createDemoFile';
import { corruptMiddlePage } from '../../helpers/corruptPage';
import { sha256, tempDir } from '../../helpers/planFile';

function demoFile(): string {
  const path = join(tempDir(), 'plan.sqlite');
  createDemoFile(path).db.close();
  return path;
}

describe('the integrity check (PRAGMA quick_check)', () => {
  it('passes an intact plan file and finds one damaged page, on this thread and in a worker, without writing', async () => {
    const intact = demoFile();
    const damaged = join(tempDir(), 'skadad.sqlite');
    copyFileSync(intact, damaged);
    corruptMiddlePage(damaged);
    const before = sha256(damaged);

    // The worker really ran: it logs only when it has to fall back to this thread.
    const log = vi.fn();
    expect(checkIntegrity(intact)).toEqual({ ok: true });
    expect(await checkIntegrityInBackground(intact, log)).toEqual({ ok: true });
    const here = checkIntegrity(damaged);
    expect(here).toMatchObject({ ok: false, problems: [expect.any(String)] });
    expect(await checkIntegrityInBackground(damaged, log)).toEqual(here);
    expect(log).not.toHaveBeenCalled();
    expect(sha256(damaged)).toBe(before);
  });
});
