/**
 * How the service host talks to its parent: one tiny interface, two adapters. Electron's
 * utilityProcess gives the child `process.parentPort` (messages arrive as `{ data }`,
 * https://www.electronjs.org/docs/latest/api/parent-port); Node's child_process.fork gives
 * `process.send` and 'message' (https://nodejs.org/api/child_process.html#child_processforkmodulepath-args-options).
 * No `electron` import: the parent port is typed here by the little the host uses of it.
 */
export interface HostPort {
  post(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** The parent is gone: the host closes the file (giving its lock back) and ends. */
  onParentGone(listener: () => void): void;
}

interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

type NodeProcess = Pick<NodeJS.Process, 'send' | 'on'> & { parentPort?: ParentPort };

export function electronParentPort(parentPort: ParentPort): HostPort {
  return {
    post: (message) => parentPort.postMessage(message),
    onMessage: (listener) => parentPort.on('message', (event) => listener(event.data)),
    // Electron ends a utility process together with its parent.
    onParentGone: () => undefined,
  };
}

export function nodeProcessPort(child: NodeProcess): HostPort {
  if (!child.send) throw new Error('The service host must be started with an IPC channel (child_process.fork).');
  return {
    post: (message) => { child.send?.(message); },
    onMessage: (listener) => { child.on('message', listener); },
    onParentGone: (listener) => { child.on('disconnect', listener); },
  };
}

/** The adapter for the process the host runs in. */
export function portOf(child: NodeProcess): HostPort {
  return child.parentPort ? electronParentPort(child.parentPort) : nodeProcessPort(child);
}
