import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { DEMO_FILE_NAME, FileSession } from '../../electron/main/fileSession';
import { dispatch } from '../../electron/services/api/dispatch';
import { createPlanFile } from '../../electron/services/db/openPlanFile';
import { LATEST_SCHEMA_VERSION } from '../../electron/services/db/migrations';
import { sha256, useTempDirs } from './helpers';

const tempDir = useTempDirs();
const sessions: FileSession[] = [];

function newSession(): FileSession {
  const files = new FileSession('1.2.3', () => new Date('2025-03-14T10:00:00Z'));
  sessions.push(files);
  return files;
}

afterEach(() => {
  for (const files of sessions.splice(0)) files.close();
});

/** Bytes that start like a PNG: clearly not a plan file. */
function writePngLike(path: string): void {
  writeFileSync(path, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2048, 7)]));
}

async function planCount(files: FileSession): Promise<number> {
  const result = (await dispatch(files.current(), 'listPlans', {}));
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as unknown[]).length;
}

describe('FileSession.openInitial', () => {
  it('creates and opens the demo file in userData on first start', async () => {
    const userData = tempDir();
    const files = newSession();
    const initial = files.openInitial({ recentFiles: [] }, userData);
    const demoPath = join(userData, DEMO_FILE_NAME);
    expect(initial).toEqual({ message: null, openedPath: demoPath });
    expect(existsSync(demoPath)).toBe(true);
    expect(await planCount(files)).toBeGreaterThan(0);
    expect(files.info()).toEqual({
      appVersion: '1.2.3',
      filePath: demoPath,
      fileName: DEMO_FILE_NAME,
      schemaVersion: LATEST_SCHEMA_VERSION,
      readOnly: false,
      today: '2025-03-14',
      integrity: { state: 'ok' },
      alert: null,
    });
  });

  it('reopens the existing demo file instead of creating it again', async () => {
    const userData = tempDir();
    newSession().openInitial({ recentFiles: [] }, userData);
    sessions.splice(0).forEach((f) => f.close());
    const demoPath = join(userData, DEMO_FILE_NAME);
    const before = sha256(demoPath);
    const files = newSession();
    expect(files.openInitial({ recentFiles: [] }, userData).message).toBeNull();
    files.close();
    expect(sha256(demoPath)).toBe(before);
  });

  it('opens the last file when it still opens', async () => {
    const userData = tempDir();
    const last = join(tempDir(), 'plan.sqlite');
    createPlanFile(last).db.close();
    const files = newSession();
    expect(files.openInitial({ lastFile: last, recentFiles: [last] }, userData)).toEqual({ message: null, openedPath: last });
    expect(files.info().filePath).toBe(last);
    expect(existsSync(join(userData, DEMO_FILE_NAME))).toBe(false);
  });

  it('falls back to the demo file with the Swedish refusal when the last file is not a plan file', async () => {
    const userData = tempDir();
    const picture = join(tempDir(), 'semesterbild.png');
    writePngLike(picture);
    const before = sha256(picture);
    const files = newSession();
    const initial = files.openInitial({ lastFile: picture, recentFiles: [picture] }, userData);
    expect(initial.message).toBe('”semesterbild.png” kan inte öppnas: det är inte en planfil (filen är inte en SQLite-databas). Filen har inte ändrats.');
    expect(initial.openedPath).toBe(join(userData, DEMO_FILE_NAME));
    expect(files.info().fileName).toBe(DEMO_FILE_NAME);
    expect(sha256(picture)).toBe(before);
  });

  it('falls back to the demo file when the last file is gone', async () => {
    const files = newSession();
    const initial = files.openInitial({ lastFile: join(tempDir(), 'borta.sqlite'), recentFiles: [] }, tempDir());
    expect(initial.message).toMatch(/^”borta\.sqlite” kan inte öppnas: filen finns inte\./);
    expect(files.current()).not.toBeNull();
  });

  it('never throws: if even the demo file is refused, no file is open and the message says why', async () => {
    const userData = tempDir();
    writePngLike(join(userData, DEMO_FILE_NAME));
    const files = newSession();
    const initial = files.openInitial({ recentFiles: [] }, userData);
    expect(initial.openedPath).toBeNull();
    expect(initial.message).toContain('kan inte öppnas');
    expect(files.current()).toBeNull();
    expect((await dispatch(files.current(), 'listPlans', {}))).toMatchObject({ ok: false, error: { kind: 'conflict' } });
  });
});

describe('FileSession switching files', () => {
  it('keeps the current file open when the new one is refused', async () => {
    const dir = tempDir();
    const good = join(dir, 'plan.sqlite');
    createPlanFile(good).db.close();
    const picture = join(dir, 'bild.png');
    writePngLike(picture);
    const files = newSession();
    files.open(good);
    expect(() => files.open(picture)).toThrow(/kan inte öppnas/);
    expect(files.info().filePath).toBe(good);
    expect(await planCount(files)).toBe(0);
  });

  it('refuses to create a plan file over an existing file', async () => {
    const dir = tempDir();
    const picture = join(dir, 'bild.png');
    writePngLike(picture);
    const before = sha256(picture);
    expect(() => newSession().create(picture)).toThrow(/finns redan/);
    expect(sha256(picture)).toBe(before);
  });

  it('opens read-only on request, and writes are then refused', async () => {
    const path = join(tempDir(), 'plan.sqlite');
    createPlanFile(path).db.close();
    const files = newSession();
    files.open(path, { readOnly: true });
    expect(files.info().readOnly).toBe(true);
    const result = (await dispatch(files.current(), 'createBody', { name: 'Socialnämnden', kind: 'namnd' }));
    expect(result).toMatchObject({ ok: false, error: { kind: 'conflict' } });
  });

  it('saves a consistent copy and never over an existing file', async () => {
    const dir = tempDir();
    const path = join(dir, 'plan.sqlite');
    createPlanFile(path).db.close();
    const files = newSession();
    files.open(path);
    await dispatch(files.current(), 'createBody', { name: 'Socialnämnden', kind: 'namnd' });
    const copy = join(dir, 'kopia.sqlite');
    await files.saveCopy(copy);
    await expect(files.saveCopy(copy)).rejects.toThrow(/finns redan/);
    files.open(copy);
    expect((await dispatch(files.current(), 'listBodies', {}))).toMatchObject({ ok: true, value: [{ name: 'Socialnämnden' }] });
  });

  it('has no session after close', async () => {
    const path = join(tempDir(), 'plan.sqlite');
    createPlanFile(path).db.close();
    const files = newSession();
    files.open(path);
    files.close();
    expect(files.current()).toBeNull();
    expect(() => files.info()).toThrow('Ingen planfil är öppen.');
  });
});

describe('a plan file open on another computer', () => {
  it('is refused for editing with a Swedish message, can be opened read-only, and is locked while open here', async () => {
    const { mkdtempSync, writeFileSync, existsSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join: joinPath } = await import('node:path');
    const { createDemoFile } = await import('../../electron/services/demo/createDemoFile');
    const { FileInUseError, lockPath } = await import('../../electron/services/db/fileLock');
    const dir = mkdtempSync(joinPath(tmpdir(), 'planuppfoljning-lock-'));
    const plan = joinPath(dir, 'delad.sqlite');
    createDemoFile(plan).db.close();
    const now = new Date();
    writeFileSync(lockPath(plan), JSON.stringify({ host: 'KOMMUN-PC-12', user: 'anna', pid: 4242, since: now.toISOString(), heartbeat: now.toISOString() }));
    const files = new FileSession('test');
    expect(() => files.open(plan)).toThrow(FileInUseError);
    files.open(plan, { readOnly: true });
    expect(files.info().readOnly).toBe(true);
    files.close();

    writeFileSync(lockPath(plan), JSON.stringify({ host: 'KOMMUN-PC-12', user: 'anna', pid: 4242, since: '2026-01-01T00:00:00Z', heartbeat: '2026-01-01T00:00:00Z' }));
    files.open(plan);
    files.open(plan);
    expect(existsSync(lockPath(plan))).toBe(true);
    files.close();
    expect(existsSync(lockPath(plan))).toBe(false);
  });
});

describe('the lock while a file is open here', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('has its heartbeat refreshed every minute, as the README promises, until the file is closed', async () => {
    const { readFileSync } = await import('node:fs');
    const { lockPath } = await import('../../electron/services/db/fileLock');
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let now = new Date('2026-11-26T09:00:00Z');
    const files = new FileSession('test', () => now);
    sessions.push(files);
    const plan = join(tempDir(), 'plan.sqlite');
    createPlanFile(plan).db.close();
    files.open(plan);
    const heartbeat = () => (JSON.parse(readFileSync(lockPath(plan), 'utf8')) as { heartbeat: string }).heartbeat;
    expect(heartbeat()).toBe('2026-11-26T09:00:00.000Z');
    now = new Date('2026-11-26T09:00:59Z');
    vi.advanceTimersByTime(59_000);
    expect(heartbeat()).toBe('2026-11-26T09:00:00.000Z');
    now = new Date('2026-11-26T09:01:00Z');
    vi.advanceTimersByTime(1000);
    expect(heartbeat()).toBe('2026-11-26T09:01:00.000Z');
    files.close();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('a fixed today (browser mode’s --today)', () => {
  it('is the date the services and the app info take as today; the change log keeps the clock', () => {
    const files = new FileSession('test', () => new Date('2027-05-02T08:30:00Z'), undefined, null, { today: '2026-11-26' });
    sessions.push(files);
    const plan = join(tempDir(), 'plan.sqlite');
    createPlanFile(plan).db.close();
    files.open(plan);
    expect(files.info().today).toBe('2026-11-26');
    const session = files.current()!;
    expect(session.ctx.today()).toBe('2026-11-26');
    expect(session.ctx.now()).toBe('2027-05-02T08:30:00.000Z');
  });
});
