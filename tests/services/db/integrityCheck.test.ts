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

  it('runs on this thread instead when the worker cannot (e.g. it cannot load the native module), and says so in the log', async () => {
    const intact = demoFile();
    const damaged = join(tempDir(), 'skadad.sqlite');
    copyFileSync(intact, damaged);
    corruptMiddlePage(damaged);
    vi.resetModules();
    vi.doMock('node:worker_threads', async () => {
      const { EventEmitter } = await import('node:events');
      return {
        Worker: class extends EventEmitter {
          constructor() {
            super();
            setImmediate(() => this.emit('error', new Error('Cannot find module better-sqlite3')));
          }
        },
      };
    });
    try {
      const { checkIntegrityInBackground: inBackground } = await import('../../../electron/services/db/integrityCheck');
      const log = vi.fn();
      expect(await inBackground(intact, log)).toEqual({ ok: true });
      expect(await inBackground(damaged, log)).toMatchObject({ ok: false });
      expect(log).toHaveBeenCalledWith('[integrity] worker failed; checking on the main thread', expect.any(Error));
    } finally {
      vi.doUnmock('node:worker_threads');
      vi.resetModules();
    }
  });
});
