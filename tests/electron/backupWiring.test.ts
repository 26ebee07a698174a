import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { FileSession } from '../../electron/main/fileSession';
import { dispatch } from '../../electron/services/api/dispatch';
import { CHECK_EVERY_MS } from '../../electron/services/backup/backupSchedule';
import { backupFolder } from '../../electron/services/backup/backupFolder';
import { createDemoFile } from '../../electron/services/demo/createDemoFile';
import type { BackupList } from '@shared/domain/backup';
import { useTempDirs } from './helpers';

/**
 * FileSession with backups switched on, as the main process and browser mode start it: a backup
 * on open, a check every minute that takes one after changes (at most every 10 minutes), and
 * nothing after the file is closed or switched. Fake intervals and Date; SQLite's backup steps
 * (setImmediate) run for real.
 */
const tempDir = useTempDirs();
const sessions: FileSession[] = [];
const MINUTE = 60_000;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(new Date('2026-11-26T09:00:00Z'));
});

afterEach(() => {
  for (const files of sessions.splice(0)) files.close();
  vi.useRealTimers();
});

function demoFile(name = 'plan.sqlite'): string {
  const path = join(tempDir(), name);
  createDemoFile(path).db.close();
  return path;
}

function newSession(root: string): FileSession {
  const files = new FileSession('1.2.3', undefined, undefined, { root, chooseTarget: async (p) => p, asksForTarget: false });
  sessions.push(files);
  return files;
}

function backupsOf(root: string, planPath: string): string[] {
  const folder = backupFolder(root, planPath);
  return existsSync(folder) ? readdirSync(folder).sort() : [];
}

/** Lets the clock run minute by minute, finishing each backup the minute's check started. */
async function minutesPass(files: FileSession, minutes: number): Promise<void> {
  for (let i = 0; i < minutes; i++) {
    await vi.advanceTimersByTimeAsync(MINUTE);
    await files.backupIdle();
  }
}

async function writeSomething(files: FileSession, name: string): Promise<void> {
  const result = await dispatch(files.current(), 'createBody', { name, kind: 'namnd' });
  expect(result.ok).toBe(true);
}

describe('automatic backups of the open file', () => {
  it('takes one on open, then after a change at most every 10 minutes, and none while nothing changes', async () => {
    const root = tempDir();
    const plan = demoFile();
    const files = newSession(root);
    files.open(plan);
    await files.backupIdle();
    expect(backupsOf(root, plan)).toEqual(['2026-11-26T09-00-00-000Z.sqlite']);

    await writeSomething(files, 'Kulturnämnden');
    await minutesPass(files, 9);
    expect(backupsOf(root, plan)).toHaveLength(1);
    await minutesPass(files, 1);
    expect(backupsOf(root, plan)).toEqual(['2026-11-26T09-00-00-000Z.sqlite', '2026-11-26T09-10-00-000Z.sqlite']);

    await minutesPass(files, 30);
    expect(backupsOf(root, plan)).toHaveLength(2);
    await writeSomething(files, 'Fritidsnämnden');
    await minutesPass(files, 1);
    expect(backupsOf(root, plan)).toEqual(['2026-11-26T09-00-00-000Z.sqlite', '2026-11-26T09-10-00-000Z.sqlite', '2026-11-26T09-41-00-000Z.sqlite']);
    expect(CHECK_EVERY_MS).toBe(MINUTE);
  });

  it('stops on close and on a switch to another file, whose backups start on open', async () => {
    const root = tempDir();
    const [first, second] = [demoFile('a.sqlite'), demoFile('b.sqlite')];
    const files = newSession(root);
    files.open(first);
    await files.backupIdle();
    expect(vi.getTimerCount()).toBe(2); // the lock's heartbeat and the backup check
    files.open(second);
    await files.backupIdle();
    expect(vi.getTimerCount()).toBe(2);
    expect(backupsOf(root, second)).toHaveLength(1);

    // Changes to the first file no longer reach its backups: its schedule stopped at the switch.
    await writeSomething(files, 'Kulturnämnden');
    await minutesPass(files, 15);
    expect(backupsOf(root, first)).toHaveLength(1);
    expect(backupsOf(root, second)).toHaveLength(2);

    files.close();
    expect(vi.getTimerCount()).toBe(0);
    await minutesPass(files, 15);
    expect(backupsOf(root, second)).toHaveLength(2);
  });

  it('takes none of a file opened read-only, whose earlier backups can still be listed', async () => {
    const root = tempDir();
    const plan = demoFile();
    const files = newSession(root);
    files.open(plan, { readOnly: true });
    await minutesPass(files, 15);
    expect(backupsOf(root, plan)).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
    const listed = await dispatch(files.current(), 'listBackups', {});
    expect(listed).toMatchObject({ ok: true, value: { fileName: 'plan.sqlite', backups: [] } });
  });

  it('restores into a new file beside the open one and switches the session to it', async () => {
    const root = tempDir();
    const plan = demoFile();
    const files = newSession(root);
    files.open(plan);
    await files.backupIdle();
    const listed = await dispatch(files.current(), 'listBackups', {});
    const [backup] = (listed as { ok: true; value: BackupList }).value.backups;
    const restored = await dispatch(files.current(), 'restoreBackup', { id: backup.id });
    expect(restored).toMatchObject({ ok: true, value: { kind: 'restored', fileName: expect.stringMatching(/^plan \(återställd \d{4}-\d\d-\d\d \d\d\.\d\d\)\.sqlite$/) } });
    const newPath = (restored as { ok: true; value: { filePath: string } }).value.filePath;
    expect(files.info().filePath).toBe(newPath);
    // The restored file is open for editing and gets its own backup on open.
    await files.backupIdle();
    expect(backupsOf(root, newPath)).toHaveLength(1);
    expect(files.info().readOnly).toBe(false);
  });
});
