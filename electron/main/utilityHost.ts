import { utilityProcess } from 'electron';
import type { HostProcess } from '../host/hostClient';

/**
 * The service host as an Electron utility process: a Node process of its own, so SQLite and the
 * services never block the window, menus or repaint. Messages are structured clones, so a PDF's
 * bytes arrive as a Uint8Array (https://www.electronjs.org/docs/latest/api/utility-process).
 */
export function forkUtilityHost(entry: string): HostProcess {
  const child = utilityProcess.fork(entry, [], { serviceName: 'Planuppföljning – planfilen', stdio: 'inherit' });
  return {
    post: (message) => child.postMessage(message),
    onMessage: (listener) => { child.on('message', listener); },
    onExit: (listener) => { child.on('exit', (code) => listener(code)); },
    kill: () => { child.kill(); },
    get pid() { return child.pid; },
  };
}
