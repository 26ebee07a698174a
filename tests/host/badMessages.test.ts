import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPlanFile } from '../../electron/services/db/openPlanFile';
import { UNREADABLE_MESSAGE } from '../../electron/host/protocol';
import { useTempDirs } from '../electron/helpers';
import { builtHostEntry } from './hostProcess';

const tempDir = useTempDirs();
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** The host process itself, spoken to raw: whatever the test sends, it must answer and stay up. */
function rawHost(): { send: (message: unknown) => void; next: () => Promise<Record<string, unknown>>; child: ChildProcess } {
  const child = fork(builtHostEntry(), [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'ignore', 'ipc'], execArgv: [] });
  children.push(child);
  const queue: Record<string, unknown>[] = [];
  const waiters: ((message: Record<string, unknown>) => void)[] = [];
  child.on('message', (message) => {
    const waiter = waiters.shift();
    if (waiter) waiter(message as Record<string, unknown>);
    else queue.push(message as Record<string, unknown>);
  });
  return {
    child,
    send: (message) => child.send(message as never),
    next: () => (queue.length > 0 ? Promise.resolve(queue.shift()!) : new Promise((resolve) => waiters.push(resolve))),
  };
}

describe('the service host and messages it cannot use', () => {
  it('answers each with an error and keeps serving the open file', async () => {
    const path = join(tempDir(), 'plan.sqlite');
    createPlanFile(path).db.close();
    const host = rawHost();
    expect(await host.next()).toEqual({ type: 'ready' });
    host.send({ type: 'control', id: 1, action: { do: 'configure', appVersion: '1', today: null, backups: null } });
    expect(await host.next()).toMatchObject({ type: 'controlAnswer', id: 1, ok: true });
    host.send({ type: 'control', id: 2, action: { do: 'open', path, readOnly: false } });
    expect(await host.next()).toMatchObject({ type: 'controlAnswer', id: 2, ok: true, openPath: path });

    const refused = { kind: 'validation', message: UNREADABLE_MESSAGE };
    host.send('inte ett meddelande');
    expect(await host.next()).toEqual({ type: 'unreadable', message: UNREADABLE_MESSAGE });
    host.send({ type: 'call', id: 3, name: 42 });
    expect(await host.next()).toEqual({ type: 'answer', id: 3, result: { ok: false, error: refused }, openPath: path });
    host.send({ type: 'control', id: 4, action: { do: 'formatDisk' } });
    expect(await host.next()).toEqual({ type: 'controlAnswer', id: 4, ok: false, error: refused, openPath: path });
    host.send({ type: 'call', id: 5, name: 'dropEverything', input: {} });
    expect(await host.next()).toEqual({ type: 'answer', id: 5, result: { ok: false, error: { kind: 'validation', message: 'Okänt anrop.' } }, openPath: path });
    host.send({ type: 'call', id: 6, name: '__proto__', input: { __proto__: { polluted: true } } });
    expect(await host.next()).toMatchObject({ type: 'answer', id: 6, result: { ok: false } });
    // The contract's own refusals come back as they did in-process, with the field's Swedish message.
    host.send({ type: 'call', id: 7, name: 'createPlan', input: { name: '' } });
    const invalid = await host.next();
    expect(invalid).toMatchObject({ type: 'answer', id: 7, result: { ok: false, error: { kind: 'validation' } } });

    host.send({ type: 'call', id: 8, name: 'createPlan', input: { name: 'Efter skräpet' } });
    expect(await host.next()).toMatchObject({ type: 'answer', id: 8, result: { ok: true, value: { name: 'Efter skräpet' } } });
    expect(host.child.exitCode).toBeNull();
  });
});
