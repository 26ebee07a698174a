import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { installLastResort, TELL_EVERY_MS } from '../../electron/services/lastResort';

/** Stands in for `process`: emitting its events does not touch the test runner's own handlers. */
function fakeProcess() {
  return new EventEmitter() as unknown as NodeJS.Process & EventEmitter;
}

describe('the last-resort handlers', () => {
  it('log every uncaught error and unhandled rejection, and tell the user at most once a minute', () => {
    const target = fakeProcess();
    let now = 0;
    const log = vi.fn();
    const tell = vi.fn();
    installLastResort(target, { log, tell, now: () => now });
    target.emit('uncaughtException', new Error('ENOSPC'));
    target.emit('unhandledRejection', new Error('EIO'));
    now = TELL_EVERY_MS - 1;
    target.emit('uncaughtException', new Error('ENOSPC'));
    expect(log).toHaveBeenCalledTimes(3);
    expect(tell).toHaveBeenCalledTimes(1);
    now = TELL_EVERY_MS;
    target.emit('uncaughtException', new Error('ENOSPC'));
    expect(tell).toHaveBeenCalledTimes(2);
  });

  it('never throw themselves, even when telling fails', () => {
    const target = fakeProcess();
    installLastResort(target, { log: () => undefined, tell: () => { throw new Error('no window'); } });
    expect(() => target.emit('uncaughtException', new Error('x'))).not.toThrow();
  });

  it('can be removed again', () => {
    const target = fakeProcess();
    const remove = installLastResort(target, { log: () => undefined, tell: () => undefined });
    expect(target.listenerCount('uncaughtException') + target.listenerCount('unhandledRejection')).toBe(2);
    remove();
    expect(target.listenerCount('uncaughtException') + target.listenerCount('unhandledRejection')).toBe(0);
  });
});
