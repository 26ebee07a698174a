import { describe, expect, it } from 'vitest';
import { connectLiveUpdates, REOPEN_DELAY_MS, type ChangeSource } from '@renderer/api/liveUpdates';
import type { ChangedTables } from '@shared/errors';

/** A stand-in for the browser's EventSource that the test drives by hand. */
class FakeSource implements ChangeSource {
  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  private listeners: ((event: MessageEvent<string>) => void)[] = [];
  constructor(readonly url: string) {}
  addEventListener(_type: 'changed', listener: (event: MessageEvent<string>) => void): void {
    this.listeners.push(listener);
  }
  close(): void {
    this.closed = true;
    this.readyState = 2;
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }
  send(data: unknown): void {
    for (const l of this.listeners) l({ data: typeof data === 'string' ? data : JSON.stringify(data) } as MessageEvent<string>);
  }
  drop(givingUp: boolean): void {
    this.readyState = givingUp ? 2 : 0;
    this.onerror?.(new Event('error'));
  }
}

function setUp(onGaveUp?: (reopen: () => void) => void) {
  const sources: FakeSource[] = [];
  const changes: ChangedTables[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const stop = connectLiveUpdates({
    tabId: 'min-flik',
    onGaveUp,
    onChanged: (changed) => { changes.push(changed); },
    open: (url) => {
      const source = new FakeSource(url);
      sources.push(source);
      return source;
    },
    setTimer: (run, ms) => {
      const timer = { run, ms };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => timers.splice(timers.indexOf(timer as never), 1),
  });
  return { sources, changes, timers, stop };
}

describe('live updates', () => {
  it('listens on /api/events with this tab\'s id', () => {
    const { sources } = setUp();
    expect(sources.map((s) => s.url)).toEqual(['/api/events?tab=min-flik']);
  });

  it('passes another tab\'s change on to the data layer, and skips this tab\'s own', () => {
    const { sources, changes } = setUp();
    sources[0].open();
    sources[0].send({ changed: ['action', 'action_body'], by: 'Berit', tab: 'annan-flik' });
    sources[0].send({ changed: ['status_report'], by: 'Anna', tab: 'min-flik' });
    sources[0].send({ changed: 'everything', by: 'CLI', tab: null });
    expect(changes).toEqual([['action', 'action_body'], 'everything']);
  });

  it('ignores an event it cannot read', () => {
    const { sources, changes } = setUp();
    sources[0].open();
    sources[0].send('inte json');
    sources[0].send({ changed: 42, tab: 'x' });
    expect(changes).toEqual([]);
  });

  it('reads everything once after the browser reconnected (events may have been lost)', () => {
    const { sources, changes } = setUp();
    sources[0].open();
    expect(changes).toEqual([]);
    sources[0].drop(false);
    sources[0].open();
    expect(changes).toEqual(['everything']);
  });

  it('opens a new stream after a pause when the browser gave up, and reads everything then', () => {
    const { sources, changes, timers } = setUp();
    sources[0].open();
    sources[0].drop(true);
    expect(sources[0].closed).toBe(true);
    expect(timers.map((t) => t.ms)).toEqual([REOPEN_DELAY_MS]);
    timers[0].run();
    expect(sources).toHaveLength(2);
    sources[1].open();
    expect(changes).toEqual(['everything']);
  });

  it('stops listening when told to', () => {
    const { sources, timers, stop } = setUp();
    sources[0].drop(true);
    stop();
    expect(timers).toEqual([]);
    expect(sources).toHaveLength(1);
  });

  it('when told how, leaves reopening to the page (which first asks whether the person is still signed in)', () => {
    const reopeners: (() => void)[] = [];
    const { sources, changes, timers } = setUp((reopen) => reopeners.push(reopen));
    sources[0].open();
    sources[0].drop(true);
    expect(timers).toEqual([]);
    expect(reopeners).toHaveLength(1);
    expect(sources).toHaveLength(1);
    reopeners[0]();
    reopeners[0]();
    expect(sources).toHaveLength(2);
    sources[1].open();
    expect(changes).toEqual(['everything']);
  });
});
