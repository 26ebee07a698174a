import { describe, expect, it, vi } from 'vitest';
import { MAX_RESTARTS, ServiceHostClient, type HostProcess } from '../../electron/host/hostClient';
import type { ToHost } from '../../electron/host/protocol';
import { HOST_GONE_MESSAGE } from '../../electron/services/db/writeAlerts';
import { NO_PLATFORM, type Platform } from '../../electron/services/platform';

/** A host process in memory: the test plays the host's side of the protocol. */
function fakeHost(behave: (host: FakeHost) => void) {
  const spawned: FakeHost[] = [];
  const spawn = (): HostProcess => {
    const host = new FakeHost();
    spawned.push(host);
    queueMicrotask(() => behave(host));
    return host;
  };
  return { spawn, spawned };
}

class FakeHost implements HostProcess {
  readonly received: ToHost[] = [];
  private messageListeners: ((message: unknown) => void)[] = [];
  private exitListeners: ((code: number | null) => void)[] = [];
  readonly pid = 4711;
  onReceive: (message: ToHost) => void = () => undefined;
  post(message: ToHost): void { this.received.push(message); this.onReceive(message); }
  onMessage(listener: (message: unknown) => void): void { this.messageListeners.push(listener); }
  onExit(listener: (code: number | null) => void): void { this.exitListeners.push(listener); }
  kill(): void { this.exit(null); }
  say(message: unknown): void { for (const l of this.messageListeners) l(message); }
  exit(code: number | null): void { for (const l of this.exitListeners) l(code); }
}

/** A host that answers every control action with null and every call with ok. */
function answering(host: FakeHost): void {
  host.onReceive = (message) => {
    if (message.type === 'control') host.say({ type: 'controlAnswer', id: message.id, ok: true, value: null, openPath: null });
    if (message.type === 'call') host.say({ type: 'answer', id: message.id, result: { ok: true, value: 'svar' }, openPath: null });
  };
  host.say({ type: 'ready' });
}

const options = { configure: { appVersion: '1', today: null, backups: null }, platform: NO_PLATFORM, chooseRestoreTarget: async () => null, log: () => undefined };

describe('ServiceHostClient', () => {
  it('does not start the host until it is first used', async () => {
    const { spawn, spawned } = fakeHost(answering);
    const client = new ServiceHostClient({ ...options, spawn });
    expect(spawned).toHaveLength(0);
    expect(await client.call('listPlans', {})).toEqual({ ok: true, value: 'svar' });
    expect(spawned).toHaveLength(1);
    expect(spawned[0].received[0]).toMatchObject({ type: 'control', action: { do: 'configure' } });
  });

  it('gives up on a host that dies again and again, and says so in Swedish', async () => {
    const { spawn, spawned } = fakeHost((host) => host.exit(1));
    const client = new ServiceHostClient({ ...options, spawn });
    client.whenReady().catch(() => undefined);
    await vi.waitFor(() => expect(spawned).toHaveLength(1 + MAX_RESTARTS));
    // Give a further restart the chance it must not take.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(spawned).toHaveLength(1 + MAX_RESTARTS);
    expect(await client.call('listPlans', {})).toEqual({ ok: false, error: { kind: 'conflict', message: HOST_GONE_MESSAGE } });
    await expect(client.info()).rejects.toThrow(HOST_GONE_MESSAGE);
  });

  it('serves the host’s platform requests and answers a failure with its message, to the same host', async () => {
    const delivered: unknown[] = [];
    const platform: Platform = {
      ...NO_PLATFORM,
      deliverFile: async (file) => { delivered.push(file); return { kind: 'saved', path: '/tmp/x.docx' }; },
      printToPdf: async () => { throw new Error('Utskriften misslyckades.'); },
    };
    const { spawn, spawned } = fakeHost(answering);
    const client = new ServiceHostClient({ ...options, platform, spawn });
    await client.whenReady();
    const host = spawned[0];
    const bytes = new Uint8Array([1, 2, 3]);
    host.say({ type: 'platform', id: 7, request: { method: 'deliverFile', file: { fileName: 'x.docx', mimeType: 'application/x', bytes } } });
    host.say({ type: 'platform', id: 8, request: { method: 'printToPdf', html: '<p>x</p>' } });
    await vi.waitFor(() => expect(host.received.filter((m) => m.type === 'platformAnswer')).toHaveLength(2));
    expect(delivered).toEqual([{ fileName: 'x.docx', mimeType: 'application/x', bytes }]);
    expect(host.received).toContainEqual({ type: 'platformAnswer', id: 7, ok: true, value: { kind: 'saved', path: '/tmp/x.docx' } });
    expect(host.received).toContainEqual({ type: 'platformAnswer', id: 8, ok: false, message: 'Utskriften misslyckades.' });
  });

  it('ignores a message from the host it cannot read, and goes on answering', async () => {
    const { spawn, spawned } = fakeHost(answering);
    const client = new ServiceHostClient({ ...options, spawn });
    await client.whenReady();
    spawned[0].say({ type: 'answer', id: 'fel' });
    spawned[0].say('skräp');
    expect(await client.call('listPlans', {})).toEqual({ ok: true, value: 'svar' });
  });
});
