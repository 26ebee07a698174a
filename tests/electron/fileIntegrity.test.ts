import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));
// Which files are checked in the background is decided by size (8 MB); a test switches it per case.
const background = vi.hoisted(() => ({ on: false, cannotCheck: false }));
vi.mock('../../electron/services/db/integrityCheck', async (original) => {
  const real = await original<typeof import('../../electron/services/db/integrityCheck')>();
  return {
    ...real,
    checksInBackground: () => background.on,
    checkIntegrityInBackground: (path: string) => (background.cannotCheck
      ? Promise.reject(Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' }))
      : real.checkIntegrityInBackground(path)),
  };
});

import { FileSession } from '../../electron/main/fileSession';
import { dispatch } from '../../electron/services/api/dispatch';
import { backupFolder } from '../../electron/services/backup/backupFolder';
import { createDemoFile } from '../../electron/services/demo/createDemoFile';
import { lockPath } from '../../electron/services/db/fileLock';
import { corruptMiddlePage } from '../helpers/corruptPage';
import { sha256, useTempDirs } from './helpers';

/**
 * Issue 13, defect 2: a damaged plan file opens read-only at best, with a message naming the
 * newest intact backup; it is never written and never backed up. Small files are checked before
 * use, large ones in the background while they are read-only.
 */
const tempDir = useTempDirs();
const sessions: FileSession[] = [];

afterEach(() => {
  for (const files of sessions.splice(0)) files.close();
  background.on = false;
  background.cannotCheck = false;
});

function newSession(root: string): FileSession {
  const files = new FileSession('1.2.3', () => new Date('2026-11-26T09:00:00Z'), undefined, { root, chooseTarget: async (p) => p, asksForTarget: false });
  sessions.push(files);
  return files;
}

function backupsOf(root: string, planPath: string): string[] {
  const folder = backupFolder(root, planPath);
  return existsSync(folder) ? readdirSync(folder).sort() : [];
}

/** The demo plan, opened once for editing so it has its backup, then damaged on disk. */
async function damagedPlanWithBackup(): Promise<{ root: string; plan: string }> {
  const root = tempDir();
  const plan = join(tempDir(), 'plan.sqlite');
  createDemoFile(plan).db.close();
  const files = newSession(root);
  files.open(plan);
  await files.backupIdle();
  files.close();
  expect(backupsOf(root, plan)).toEqual(['2026-11-26T09-00-00-000Z.sqlite']);
  corruptMiddlePage(plan);
  return { root, plan };
}

async function writeIsRefused(files: FileSession): Promise<void> {
  const result = await dispatch(files.current(), 'createBody', { name: 'Kulturnämnden', kind: 'namnd' });
  expect(result).toMatchObject({ ok: false, error: { kind: 'conflict' } });
}

/** Nothing was written: writes are refused, no lock is left, no new backup, the same bytes after closing. */
async function expectUntouched(files: FileSession, root: string, plan: string, before: string): Promise<void> {
  await writeIsRefused(files);
  await files.backupIdle();
  expect(existsSync(lockPath(plan))).toBe(false);
  files.close();
  expect(backupsOf(root, plan)).toEqual(['2026-11-26T09-00-00-000Z.sqlite']);
  expect(sha256(plan)).toBe(before);
}

const DAMAGE = /^”plan\.sqlite” är skadad: en del av filen går inte att läsa\. Filen har inte ändrats, och ingen säkerhetskopia tas av den\. Den är öppnad skrivskyddad\. Den senaste hela säkerhetskopian är från 26 november 2026 kl\. \d\d:00\. Välj Återställ från säkerhetskopia… för att återställa den till en ny fil\.$/;

describe('a damaged plan file', () => {
  it('opens read-only with the newest intact backup named, is never written, and gets no backup', async () => {
    const { root, plan } = await damagedPlanWithBackup();
    const before = sha256(plan);
    const files = newSession(root);
    const { problem } = files.open(plan);
    expect(problem).toMatch(DAMAGE);
    expect(files.info()).toMatchObject({ readOnly: true, integrity: { state: 'damaged', message: problem } });
    // Its backups can still be listed and restored from here.
    const listed = await dispatch(files.current(), 'listBackups', {});
    expect(listed).toMatchObject({ ok: true, value: { backups: [{ id: '2026-11-26T09-00-00-000Z.sqlite', readable: true }] } });
    await expectUntouched(files, root, plan, before);
  });

  it('found by the background check of a large file: read-only from the start, then reopened read-only with the message', async () => {
    const { root, plan } = await damagedPlanWithBackup();
    const before = sha256(plan);
    background.on = true;
    const files = newSession(root);
    expect(files.open(plan).problem).toBeNull();
    expect(files.info()).toMatchObject({ readOnly: true, integrity: { state: 'checking' } });
    await writeIsRefused(files);
    await files.integrityIdle();
    expect(files.info()).toMatchObject({ readOnly: true, integrity: { state: 'damaged', message: expect.stringMatching(DAMAGE) } });
    await expectUntouched(files, root, plan, before);
  });

  it('is named at start instead of the demo file, and the message is about the open file', async () => {
    const { root, plan } = await damagedPlanWithBackup();
    const files = newSession(root);
    const initial = files.openInitial({ lastFile: plan, recentFiles: [plan] }, tempDir());
    expect(initial).toEqual({ message: expect.stringMatching(DAMAGE), openedPath: plan, aboutOpenFile: true });
  });

  it('says when no intact backup exists', async () => {
    const plan = join(tempDir(), 'plan.sqlite');
    createDemoFile(plan).db.close();
    corruptMiddlePage(plan);
    const { problem } = newSession(tempDir()).open(plan);
    expect(problem).toContain('Det finns ingen hel säkerhetskopia av den på den här datorn.');
  });

  it('that turns damaged while open is caught by the next backup: the session becomes read-only and the file is not copied', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    try {
      vi.setSystemTime(new Date('2026-11-26T09:00:00Z'));
      const root = tempDir();
      const plan = join(tempDir(), 'plan.sqlite');
      createDemoFile(plan).db.close();
      const files = new FileSession('1.2.3', undefined, undefined, { root, chooseTarget: async (p) => p, asksForTarget: false });
      sessions.push(files);
      files.open(plan);
      await files.backupIdle();
      expect((await dispatch(files.current(), 'createBody', { name: 'Kulturnämnden', kind: 'namnd' })).ok).toBe(true);
      corruptMiddlePage(plan);
      const before = sha256(plan);
      for (let minute = 0; minute < 10; minute++) {
        await vi.advanceTimersByTimeAsync(60_000);
        await files.backupIdle();
      }
      expect(files.info()).toMatchObject({ readOnly: true, integrity: { state: 'damaged' } });
      expect(files.info().integrity).toMatchObject({ message: expect.stringContaining('Den senaste hela säkerhetskopian är från 26 november 2026') });
      await writeIsRefused(files);
      expect(backupsOf(root, plan)).toEqual(['2026-11-26T09-00-00-000Z.sqlite']);
      files.close();
      expect(sha256(plan)).toBe(before);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a large intact plan file', () => {
  it('is read-only and not backed up while the background check runs, then writable with its backup on open', async () => {
    background.on = true;
    const root = tempDir();
    const plan = join(tempDir(), 'plan.sqlite');
    createDemoFile(plan).db.close();
    const files = newSession(root);
    files.open(plan);
    expect(files.info()).toMatchObject({ readOnly: true, integrity: { state: 'checking' } });
    expect(await dispatch(files.current(), 'getBackupStatus', {})).toMatchObject({ ok: true, value: { active: false } });
    await writeIsRefused(files);
    await files.integrityIdle();
    expect(files.info()).toMatchObject({ readOnly: false, integrity: { state: 'ok' } });
    expect((await dispatch(files.current(), 'createBody', { name: 'Kulturnämnden', kind: 'namnd' })).ok).toBe(true);
    await files.backupIdle();
    expect(backupsOf(root, plan)).toEqual(['2026-11-26T09-00-00-000Z.sqlite']);
    expect(await dispatch(files.current(), 'getBackupStatus', {})).toMatchObject({ ok: true, value: { active: true, newestAt: '2026-11-26T09:00:00.000Z', failure: null } });
  });

  it('stays read-only, saying so, when the check cannot run at all', async () => {
    background.on = true;
    background.cannotCheck = true;
    const root = tempDir();
    const plan = join(tempDir(), 'plan.sqlite');
    createDemoFile(plan).db.close();
    const before = sha256(plan);
    const files = newSession(root);
    files.open(plan);
    await files.integrityIdle();
    expect(files.info()).toMatchObject({
      readOnly: true,
      integrity: { state: 'unchecked', message: '”plan.sqlite” kunde inte kontrolleras. Den är öppnad skrivskyddad så att inget skrivs i en fil som kan vara skadad. Öppna den igen för att försöka på nytt.' },
    });
    await writeIsRefused(files);
    files.close();
    expect(backupsOf(root, plan)).toEqual([]);
    expect(sha256(plan)).toBe(before);
  });
});
