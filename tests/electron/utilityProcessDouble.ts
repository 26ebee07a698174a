import { fork, type ChildProcess } from 'node:child_process';
import { expect, vi } from 'vitest';
import { builtHostEntry } from '../host/hostProcess';

type Listener = (...args: unknown[]) => void;

/**
 * Electron's utilityProcess.fork, played by Node's fork of the same built host (out/main/host.js):
 * the host takes the Node adapter of its port, the main process sees a UtilityProcess
 * (postMessage, 'message', 'exit', kill, pid). Every message main sends is kept in `posted`.
 */
export function utilityProcessDouble() {
  const hosts: ChildProcess[] = [];
  const posted: unknown[] = [];

  function forkHost() {
    const child = fork(builtHostEntry(), [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'], execArgv: [] });
    hosts.push(child);
    const utility = {
      postMessage: (message: unknown) => { posted.push(message); if (child.connected) child.send(message as never); },
      on: (name: string, listener: Listener) => { child.on(name, listener); return utility; },
      kill: () => child.kill(),
      get pid() { return child.pid; },
    };
    return utility;
  }

  /** Quits as Electron would (the host closes the file and ends); whatever still runs then is ended here. */
  async function quit(willQuit: Listener | undefined): Promise<void> {
    const quitting = { preventDefault: vi.fn() };
    willQuit?.(quitting);
    if (quitting.preventDefault.mock.calls.length > 0) {
      await vi.waitFor(() => expect(hosts.every((h) => h.exitCode !== null || h.signalCode !== null)).toBe(true), { timeout: 10_000 });
    }
    for (const host of hosts.splice(0)) if (host.exitCode === null && host.signalCode === null) host.kill('SIGKILL');
    posted.length = 0;
  }

  return { hosts, posted, forkHost, quit };
}
