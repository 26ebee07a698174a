import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { HostProcess } from './hostClient';

/** Where the build puts the host's entry (electron.vite.config.ts), from the repository's root. */
export function hostEntryIn(root: string): string {
  return join(root, 'out', 'main', 'host.js');
}

/**
 * The host as a Node child process (browser mode, tests). V8 serialization carries the PDFs'
 * and exports' bytes as Uint8Array. Its stdout goes to our stderr: browser mode's stdout is
 * the URL line only. Without the parent's --import tsx: the built JavaScript runs as it is.
 */
export function forkNodeHost(entry: string, env: NodeJS.ProcessEnv = process.env): HostProcess {
  const child = fork(entry, [], { serialization: 'advanced', stdio: ['ignore', 2, 2, 'ipc'], execArgv: [], env });
  return {
    post: (message) => { if (child.connected) child.send(message); },
    onMessage: (listener) => { child.on('message', listener); },
    onExit: (listener) => { child.on('exit', (code) => listener(code)); },
    kill: () => { child.kill(); },
    get pid() { return child.pid; },
  };
}
