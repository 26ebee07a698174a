import type { ChangedTables } from '@shared/errors';

/** The part of EventSource this file uses, so tests can stand in for the browser's. */
export interface ChangeSource {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
  addEventListener(type: 'changed', listener: (event: MessageEvent<string>) => void): void;
  close(): void;
}

/** EventSource.CLOSED: the browser has given up reconnecting (e.g. the server answered 401). */
const CLOSED = 2;
/** How long to wait before opening a new stream after the browser gave one up. */
export const REOPEN_DELAY_MS = 5_000;

interface ChangeEvent {
  changed: ChangedTables;
  by: string;
  tab: string | null;
}

function parse(data: string): ChangeEvent | null {
  try {
    const event = JSON.parse(data) as Partial<ChangeEvent>;
    const changed = event.changed;
    if (changed !== 'everything' && !(Array.isArray(changed) && changed.every((t) => typeof t === 'string'))) return null;
    return { changed, by: typeof event.by === 'string' ? event.by : '', tab: typeof event.tab === 'string' ? event.tab : null };
  } catch {
    return null;
  }
}

/**
 * Live updates in server mode: GET /api/events (Server-Sent Events) says after every write by anyone
 * which tables changed; each change from another tab goes to `onChanged` — the data layer's
 * invalidation, the same a write's own answer drives — so this window shows it at once. This tab's
 * own writes are skipped (their answer already refreshed it). EventSource reconnects on its own;
 * events sent meanwhile are lost, so after a reconnect everything is read once more. If the browser
 * gives up (an error status, e.g. a session that ended), `onGaveUp` is told, with how to open a
 * new stream (serverMode.ts first asks whether the person is still signed in, so a signed-out tab
 * does not knock on the server every few seconds); without it, a new stream is opened after a pause.
 * Returns how to stop.
 */
export function connectLiveUpdates(options: {
  tabId: string;
  onChanged: (changed: ChangedTables) => Promise<void> | void;
  open?: (url: string) => ChangeSource;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  onGaveUp?: (reopen: () => void) => void;
}): () => void {
  const open = options.open ?? ((url: string) => new EventSource(url, { withCredentials: true }) as unknown as ChangeSource);
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const url = `/api/events?tab=${encodeURIComponent(options.tabId)}`;
  let source: ChangeSource | null = null;
  let opened = false;
  let timer: unknown = null;
  let stopped = false;

  const start = (): void => {
    const current = open(url);
    source = current;
    current.onopen = () => {
      // The first open starts from what the page has just read; any later one may have missed events.
      if (opened) void options.onChanged('everything');
      opened = true;
    };
    current.onerror = () => {
      if (current.readyState !== CLOSED || stopped) return;
      current.close();
      const reopen = (): void => {
        if (!stopped && source === current) start();
      };
      if (options.onGaveUp) options.onGaveUp(reopen);
      else {
        timer = setTimer(() => {
          timer = null;
          reopen();
        }, REOPEN_DELAY_MS);
      }
    };
    current.addEventListener('changed', (event) => {
      const change = parse(event.data);
      if (change !== null && change.tab !== options.tabId) void options.onChanged(change.changed);
    });
  };
  start();
  return () => {
    stopped = true;
    if (timer !== null) clearTimer(timer);
    source?.close();
  };
}
