import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { FileSession } from '../../electron/main/fileSession';
import { dispatch } from '../../electron/services/api/dispatch';
import { lockPath } from '../../electron/services/db/fileLock';
import { createDemoFile } from '../../electron/services/demo/createDemoFile';
import type { Platform } from '../../electron/services/platform';
import type { UnsavedCopy } from '@shared/domain/types';
import { sha256, useTempDirs } from './helpers';

const tempDir = useTempDirs();
const sessions: FileSession[] = [];
afterEach(() => {
  for (const files of sessions.splice(0)) files.close();
  vi.useRealTimers();
});

/** Local times, so that "10:42" reads the same in every time zone the tests run in. */
const at = (hour: number, minute: number) => new Date(2026, 10, 26, hour, minute);

/** Hands a delivered file back as a download, as browser mode does. */
const downloads: Platform = {
  printToPdf: () => Promise.reject(new Error('no pdf')),
  rasterizeSvg: () => Promise.reject(new Error('no raster')),
  deliverFile: async (file) => ({ kind: 'download', fileName: file.fileName, mimeType: file.mimeType, base64: Buffer.from(file.bytes).toString('base64') }),
};

function openDemo(options: { heartbeatMs?: number } = {}): { files: FileSession; plan: string; now: { value: Date } } {
  const plan = join(tempDir(), 'delad.planfil');
  createDemoFile(plan).db.close();
  const now = { value: at(10, 42) };
  const files = new FileSession('test', () => now.value, downloads, null, {
    user: 'anna', lockTimings: { heartbeatMs: options.heartbeatMs ?? 60_000, staleMs: 180_000 },
  });
  sessions.push(files);
  files.open(plan);
  return { files, plan, now };
}

/** Another computer takes the lock over (as after this one slept for more than three minutes). */
function takeOver(plan: string, since: Date): void {
  writeFileSync(lockPath(plan), JSON.stringify({ id: 'bo-1', host: 'KOMMUN-PC-7', user: 'bo', pid: 77, started: null, since: since.toISOString(), heartbeat: since.toISOString() }));
}

async function call(files: FileSession, name: string, input: unknown) {
  return dispatch(files.current(), name, input);
}

const newBody = (name: string) => ({ name, kind: 'namnd' });

describe('a session whose lock another computer took over', () => {
  it('refuses its next write at once, says who and since when, and stays read-only', async () => {
    const { files, plan, now } = openDemo();
    expect(await call(files, 'createBody', newBody('Före sömnen'))).toMatchObject({ ok: true });
    takeOver(plan, at(10, 50));
    now.value = at(11, 5);
    const before = sha256(plan);

    const refused = await call(files, 'createBody', newBody('Efter sömnen'));
    expect(refused).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    const message = (refused as { error: { message: string } }).error.message;
    expect(message).toMatch(/^Planfilen öppnades av bo på datorn KOMMUN-PC-7 medan din dator sov\. Dina ändringar efter 10:50 har inte sparats\./);
    expect(message).toMatch(/Allt som sparades före dess finns kvar i planfilen/);
    expect(message).toMatch(/Spara kopia som…/);
    expect(sha256(plan)).toBe(before);

    expect(files.info()).toMatchObject({ readOnly: true, alert: { kind: 'lockLost', message, unsavedChanges: 1 } });
    expect(await call(files, 'undoLastChange', {})).toMatchObject({ ok: false, error: { message } });
    // An undo is not a change to carry into a copy: there it would reverse someone else's.
    expect(files.info().alert?.unsavedChanges).toBe(1);
    expect(await call(files, 'listBodies', {})).toMatchObject({ ok: true });
    expect(sha256(plan)).toBe(before);
    // The lock is the other computer's; closing here must not remove it.
    files.close();
    expect(JSON.parse((await import('node:fs')).readFileSync(lockPath(plan), 'utf8')).user).toBe('bo');
  });

  it('notices the takeover at its next heartbeat, before any write', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { files, plan } = openDemo({ heartbeatMs: 1000 });
    takeOver(plan, at(10, 50));
    expect(files.info().alert).toBeNull();
    vi.advanceTimersByTime(1000);
    expect(files.info()).toMatchObject({ readOnly: true, alert: { kind: 'lockLost', unsavedChanges: 0 } });
    expect(JSON.parse((await import('node:fs')).readFileSync(lockPath(plan), 'utf8')).user).toBe('bo');
  });

  it('saves the refused changes in a copy on request, leaving the plan file as the other computer has it', async () => {
    const { files, plan } = openDemo();
    takeOver(plan, at(10, 50));
    await call(files, 'createBody', newBody('Barn- och utbildningsnämnden 2'));
    await call(files, 'createBody', newBody('Kultur- och fritidsnämnden 2'));
    const before = sha256(plan);

    const result = await call(files, 'saveUnsavedCopy', {});
    expect(result).toMatchObject({ ok: true, value: { applied: 2, failed: [] } });
    const copy = (result as { value: UnsavedCopy }).value;
    expect(copy.file).toMatchObject({ kind: 'download', fileName: 'delad (ej sparade ändringar 2026-11-26 10.42).planfil' });
    expect(sha256(plan)).toBe(before);

    const copyPath = join(tempDir(), 'kopia.planfil');
    writeFileSync(copyPath, Buffer.from((copy.file as { base64: string }).base64, 'base64'));
    const db = new Database(copyPath, { readonly: true });
    const names = (db.prepare("SELECT name FROM body WHERE name LIKE '% 2'").all() as { name: string }[]).map((r) => r.name);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    expect(names.sort()).toEqual(['Barn- och utbildningsnämnden 2', 'Kultur- och fritidsnämnden 2']);
    const original = new Database(plan, { readonly: true });
    expect(original.prepare("SELECT COUNT(*) AS n FROM body WHERE name LIKE '% 2'").get()).toEqual({ n: 0 });
    original.close();
  });
});

describe('a session whose disk is full', () => {
  /** SQLite's own limit makes the next write that needs a page fail with SQLITE_FULL, as a full disk does. */
  function fillDisk(files: FileSession): Database.Database {
    const db = files.current()!.ctx.db;
    db.exec('VACUUM'); // no free pages left inside the file either
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    return db;
  }

  it('refuses the write, tells since when nothing is saved, keeps the file intact, and writes again once it can', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { files, plan, now } = openDemo({ heartbeatMs: 1000 });
    expect(await call(files, 'createBody', newBody('Sparad kl 10.42'))).toMatchObject({ ok: true });
    const db = fillDisk(files);
    now.value = at(10, 55);
    const before = sha256(plan);

    const failed = await call(files, 'updateArea', { id: 1, patch: { description: 'x'.repeat(20_000) } });
    const message = files.info().alert?.message ?? '';
    expect(message).toMatch(/^Disken är full – inget har sparats sedan 10:42\. Allt som sparades till och med 10:42 finns kvar i planfilen\./);
    expect(failed).toMatchObject({ ok: false, error: { kind: 'conflict', message } });
    expect(await call(files, 'createBody', newBody('Liten'))).toMatchObject({ ok: false, error: { message } });
    expect(files.info().alert?.unsavedChanges).toBe(2);
    expect(files.info().readOnly).toBe(true);
    expect(sha256(plan)).toBe(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');

    // Space again: the next heartbeat can write the lock, so the session writes again.
    db.pragma('max_page_count = 1073741823');
    vi.advanceTimersByTime(1000);
    expect(files.info()).toMatchObject({ readOnly: false, alert: null });
    expect(await call(files, 'createBody', newBody('Sparad efteråt'))).toMatchObject({ ok: true });
  });
});

describe('an error nobody caught', () => {
  it('is shown as an alert while writing goes on', async () => {
    const { files } = openDemo();
    files.reportUnexpected();
    expect(files.info()).toMatchObject({ readOnly: false, alert: { kind: 'unexpected', message: expect.stringMatching(/^Ett oväntat fel inträffade/) } });
    expect(await call(files, 'createBody', newBody('Ändå sparad'))).toMatchObject({ ok: true });
  });
});
