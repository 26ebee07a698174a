import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createPlanFile } from '../../electron/services/db/openPlanFile';
import { acquireFileLock, FileInUseError, lockPath } from '../../electron/services/db/fileLock';
import { HOST_CRASHED_CALL_MESSAGE, HOST_RESTARTED_MESSAGE } from '../../electron/services/db/writeAlerts';
import type { ServiceHostClient } from '../../electron/host/hostClient';
import type { AppInfo } from '@shared/domain/types';
import { useTempDirs } from '../electron/helpers';
import { startRealHost } from './hostProcess';

const tempDir = useTempDirs();
const clients: ServiceHostClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) await client.stop();
});

function planFile(): string {
  const path = join(tempDir(), 'plan.sqlite');
  createPlanFile(path).db.close();
  return path;
}

function planNames(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT name FROM plan ORDER BY id').all() as { name: string }[]).map((row) => row.name);
  } finally {
    db.close();
  }
}

/** A host with the file open, frozen (SIGSTOP) so the test can act while it cannot: kill() then ends it. */
async function frozenHostWith(path: string) {
  const { client, restarted } = startRealHost();
  clients.push(client);
  await client.openOrRead(path);
  const pid = client.pid!;
  process.kill(pid, 'SIGSTOP');
  const kill = () => {
    const restart = restarted();
    process.kill(pid, 'SIGKILL');
    return restart;
  };
  return { client, kill };
}

async function appInfo(client: ServiceHostClient): Promise<AppInfo> {
  const result = await client.call('getAppInfo', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as AppInfo;
}

describe('the service host killed with SIGKILL', () => {
  it('is started again with the same file open for editing, every acknowledged write kept, and the user told', async () => {
    const path = planFile();
    const { client, restarted } = startRealHost();
    clients.push(client);
    await client.openOrRead(path);
    const written = await client.call('createPlan', { name: 'Sparad före kraschen' });
    expect(written.ok).toBe(true);
    const deadPid = client.pid!;

    const restart = restarted();
    process.kill(deadPid, 'SIGKILL');
    expect(await restart).toEqual({ path, problem: null });

    expect(client.pid).not.toBe(deadPid);
    const info = await appInfo(client);
    expect(info.filePath).toBe(path);
    expect(info.readOnly).toBe(false);
    expect(info.alert).toEqual({ kind: 'unexpected', message: HOST_RESTARTED_MESSAGE, unsavedChanges: 0 });
    // The dead host's lock was taken over by the new one, which writes.
    expect(JSON.parse(readFileSync(lockPath(path), 'utf8')).pid).toBe(client.pid);
    const after = await client.call('createPlan', { name: 'Sparad efter omstarten' });
    expect(after.ok).toBe(true);
    expect(planNames(path)).toEqual(['Sparad före kraschen', 'Sparad efter omstarten']);
  });

  it('answers a call in flight at the crash with a Swedish refusal, and that write is not in the file', async () => {
    const path = planFile();
    // Stopped, the host cannot read the call before it dies: it is in flight, never carried out.
    const { client, kill } = await frozenHostWith(path);
    const inFlight = client.call('createPlan', { name: 'Aldrig bekräftad' });
    const restart = kill();
    expect(await inFlight).toEqual({ ok: false, error: { kind: 'conflict', message: HOST_CRASHED_CALL_MESSAGE } });
    await restart;
    expect(planNames(path)).toEqual([]);
    expect((await appInfo(client)).readOnly).toBe(false);
  });

  it("reopens read-only when another computer's live lock holds the file by then", async () => {
    const path = planFile();
    const { client, kill } = await frozenHostWith(path);
    const now = new Date().toISOString();
    const other = { id: 'annan', host: 'annan-dator', user: 'Kim', pid: 4242, started: null, since: now, heartbeat: now };
    writeFileSync(lockPath(path), JSON.stringify(other));
    expect(await kill()).toEqual({ path, problem: null });
    const info = await appInfo(client);
    expect(info.filePath).toBe(path);
    expect(info.readOnly).toBe(true);
    const refused = await client.call('createPlan', { name: 'Inte här' });
    expect(refused.ok).toBe(false);
    expect(JSON.parse(readFileSync(lockPath(path), 'utf8')).host).toBe('annan-dator');
    expect(planNames(path)).toEqual([]);
  });
});

describe('file actions through the host', () => {
  it('refuse a file open on another computer with the same FileInUseError as in-process, so the app can offer read-only', async () => {
    const path = planFile();
    const now = new Date().toISOString();
    writeFileSync(lockPath(path), JSON.stringify({ id: 'annan', host: 'annan-dator', user: 'Kim', pid: 4242, started: null, since: now, heartbeat: now }));
    const { client } = startRealHost();
    clients.push(client);
    const refused = await client.open(path).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(FileInUseError);
    let inProcess: unknown = null;
    try {
      acquireFileLock(path);
    } catch (error) {
      inProcess = error;
    }
    expect((refused as FileInUseError).message).toBe((inProcess as FileInUseError).message);
    expect(await client.info()).toBeNull();
    await client.open(path, { readOnly: true });
    expect(await client.info()).toMatchObject({ filePath: path, readOnly: true });
  });
});
