/**
 * The last resort for an error nobody caught: an exception thrown in a timer or an event handler,
 * or a promise rejected with no one waiting for it. Without a handler Node ends the process
 * (https://nodejs.org/api/process.html#event-uncaughtexception), taking the open file's session
 * with it. With one, the app logs the error, tells the user once (not once per tick of a failing
 * timer) and goes on; SQLite's transactions keep the file whole either way.
 */
export interface LastResort {
  /** The technical detail, for whoever looks into it later. */
  log: (error: unknown) => void;
  /** Tells the user in Swedish; at most once per TELL_EVERY_MS. */
  tell: (error: unknown) => void;
  now?: () => number;
}

export const TELL_EVERY_MS = 60_000;

type ProcessEvents = Pick<NodeJS.Process, 'on' | 'off'>;

/** Installs the handlers; returns how to remove them again. */
export function installLastResort(target: ProcessEvents, handlers: LastResort): () => void {
  const now = handlers.now ?? Date.now;
  let toldAt = -Infinity;
  const handle = (error: unknown): void => {
    try {
      handlers.log(error);
      if (now() - toldAt < TELL_EVERY_MS) return;
      toldAt = now();
      handlers.tell(error);
    } catch {
      // The last resort itself must never throw: that would end the process after all.
    }
  };
  target.on('uncaughtException', handle);
  target.on('unhandledRejection', handle);
  return () => {
    target.off('uncaughtException', handle);
    target.off('unhandledRejection', handle);
  };
}
