import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { FileSession } from '../../../electron/main/fileSession';
import { dispatch } from '../../../electron/services/api/dispatch';
import { jobThread, runCall } from '../../../electron/services/api/runCall';
import { lockPath } from '../../../electron/services/db/fileLock';
import { createDemoFile } from '../../../electron/services/demo/createDemoFile';
import type { Platform } from '../../../electron/services/platform';
import { sha256, useTempDirs } from '../../electron/helpers';
import { fixtureBytes, upload } from '../import/importHelpers';

/**
 * The job thread writes under the owner's WriteAccess: a session whose lock another computer took
 * over refuses an import from the thread with the same Swedish message as inline, keeps the refused
 * change for "Spara kopia som…", and leaves the plan file untouched.
 */
const tempDir = useTempDirs();
const sessions: FileSession[] = [];
afterEach(() => {
  for (const files of sessions.splice(0)) files.close();
});
afterAll(() => jobThread.stop());

const at = (hour: number, minute: number) => new Date(2026, 10, 26, hour, minute);

const downloads: Platform = {
  printToPdf: () => Promise.reject(new Error('no pdf')),
  rasterizeSvg: () => Promise.reject(new Error('no raster')),
  deliverFile: async (file) => ({ kind: 'download', fileName: file.fileName, mimeType: file.mimeType, base64: Buffer.from(file.bytes).toString('base64') }),
};

/** A demo file opened for editing by anna at 10:42, whose lock bo then takes over at 10:50; the clock now says 11:05. */
function takenOver(): { files: FileSession; plan: string } {
  const plan = join(tempDir(), 'delad.planfil');
  createDemoFile(plan).db.close();
  const now = { value: at(10, 42) };
  const files = new FileSession('test', () => now.value, downloads, null, { user: 'anna', lockTimings: { heartbeatMs: 60_000, staleMs: 180_000 } });
  sessions.push(files);
  files.open(plan);
  const since = at(10, 50).toISOString();
  writeFileSync(lockPath(plan), JSON.stringify({ id: 'bo-1', host: 'KOMMUN-PC-7', user: 'bo', pid: 77, started: null, since, heartbeat: since }));
  now.value = at(11, 5);
  return { files, plan };
}

const importInput = {
  file: upload('plan.xlsx', fixtureBytes('plan-libreoffice.xlsx')), target: { kind: 'new', name: 'Importerad plan' },
  statusDate: '2026-11-26', bodyChoices: [{ name: 'Socialnamnden', bodyId: null }],
};

describe('runCall: a write in the job thread after the lock was lost', () => {
  it('is refused as inline, kept for the copy, and the plan file is unchanged', async () => {
    const inline = takenOver();
    const expected = await dispatch(inline.files.current(), 'commitPlanImport', importInput);
    expect(expected).toMatchObject({ ok: false, error: { kind: 'conflict', message: expect.stringMatching(/^Planfilen öppnades av bo på datorn KOMMUN-PC-7/) } });

    const threaded = takenOver();
    const before = sha256(threaded.plan);
    const answer = await runCall(threaded.files.current(), 'commitPlanImport', importInput);
    expect(answer).toEqual(expected);
    expect(sha256(threaded.plan)).toBe(before);
    expect(threaded.files.info()).toMatchObject({ readOnly: true, alert: { kind: 'lockLost', unsavedChanges: 1 } });
  });
});
