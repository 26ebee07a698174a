import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { CALL_NAMES, IPC_PREFIX } from '@shared/api/contract';
import type { Result } from '@shared/errors';
import { FileSession } from '../../electron/main/fileSession';
import { registerIpc } from '../../electron/main/ipc';
import { dispatch } from '../../electron/services/api/dispatch';
import type { Session } from '../../electron/services/api/handlers';
import { createPlanFile } from '../../electron/services/db/openPlanFile';
import { ipcEvent, sha256, useTempDirs } from './helpers';

type Handler = (event: unknown, input: unknown) => Promise<Result<unknown>> | Result<unknown>;

const APP_PAGE = 'app://renderer/index.html';

/** The relay as the host answers it, here with dispatch in-process: the sender check comes before it. */
function register(getSession: () => Session | null) {
  const handlers = new Map<string, Handler>();
  const ipcMain = { handle: vi.fn((channel: string, handler: Handler) => { handlers.set(channel, handler); }) };
  registerIpc(ipcMain as unknown as Parameters<typeof registerIpc>[0], (name, input) => dispatch(getSession(), name, input));
  const call = (name: string, event: unknown, input: unknown) => {
    const handler = handlers.get(IPC_PREFIX + name);
    if (!handler) throw new Error(`no handler for ${name}`);
    return handler(event, input);
  };
  return { ipcMain, handlers, call };
}

describe('registerIpc', () => {
  it("registers exactly one 'api:' channel per contract call", () => {
    const { ipcMain, handlers } = register(() => null);
    expect(ipcMain.handle).toHaveBeenCalledTimes(CALL_NAMES.length);
    expect([...handlers.keys()].sort()).toEqual(CALL_NAMES.map((name) => `api:${name}`).sort());
  });
});

describe('IPC calls against a real plan file', () => {
  const tempDir = useTempDirs();
  let files: FileSession;
  let path: string;

  beforeEach(() => {
    path = join(tempDir(), 'plan.sqlite');
    createPlanFile(path).db.close();
    files = new FileSession('0.1.0-test');
    files.open(path);
  });

  afterEach(() => files.close());

  const bodyCount = () => (files.current()?.ctx.db.prepare('SELECT count(*) AS n FROM body').get() as { n: number }).n;

  it('refuses a call from a foreign page without reaching the session', async () => {
    const getSession = vi.fn(() => files.current());
    const { call } = register(getSession);
    const before = sha256(path);
    const result = await call('createBody', ipcEvent('https://evil.example/'), { name: 'Ondskans nämnd', kind: 'namnd' });
    expect(result).toEqual({
      ok: false,
      error: { kind: 'unauthorized', message: 'Anropet kom inte från programmets eget fönster.' },
    });
    expect(getSession).not.toHaveBeenCalled();
    expect(bodyCount()).toBe(0);
    expect(sha256(path)).toBe(before);
  });

  it('refuses a call from a subframe of the app page and from a vanished frame', async () => {
    const getSession = vi.fn(() => files.current());
    const { call } = register(getSession);
    const fromSubframe = await call('listBodies', ipcEvent(APP_PAGE, { url: APP_PAGE }), {});
    const fromNowhere = await call('listBodies', ipcEvent(null), {});
    expect(fromSubframe).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
    expect(fromNowhere).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
    expect(getSession).not.toHaveBeenCalled();
  });

  it('answers invalid input with a Swedish validation error and writes nothing', async () => {
    const { call } = register(() => files.current());
    const result = await call('createBody', ipcEvent(APP_PAGE), { name: 123, kind: 'namnd' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('validation');
    expect(result.error.message).toBe('Namn: måste vara en text. Inget har sparats.');
    expect(bodyCount()).toBe(0);
  });

  it('carries a valid call from the app page through to the file', async () => {
    const { call } = register(() => files.current());
    const created = await call('createBody', ipcEvent(APP_PAGE), { name: 'Socialnämnden', kind: 'namnd' });
    expect(created).toMatchObject({ ok: true, value: { name: 'Socialnämnden', kind: 'namnd' } });

    files.close();
    files.open(path);
    const listed = await call('listBodies', ipcEvent(APP_PAGE), {});
    expect(listed).toMatchObject({ ok: true, value: [{ name: 'Socialnämnden' }] });
  });

  it('reports that no file is open instead of throwing', async () => {
    files.close();
    const { call } = register(() => files.current());
    expect(await call('listPlans', ipcEvent(APP_PAGE), {})).toMatchObject({ ok: false, error: { kind: 'conflict' } });
  });
});
