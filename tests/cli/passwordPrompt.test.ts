import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { promptHidden, PROMPT_CANCELLED_MESSAGE, type HiddenInput } from '../../electron/cli/passwordPrompt';

/** A terminal stand-in: records raw mode and what was written back. */
function terminal() {
  const events = new EventEmitter();
  const state = { raw: [] as boolean[], written: '' };
  const input: HiddenInput = {
    setRawMode: (raw) => state.raw.push(raw),
    setEncoding: () => undefined,
    resume: () => undefined,
    pause: () => undefined,
    on: (event, listener) => events.on(event, listener),
    off: (event, listener) => events.off(event, listener),
  };
  return { input, output: { write: (text: string) => { state.written += text; } }, type: (text: string) => events.emit('data', text), state, events };
}

describe('the password prompt on a terminal', () => {
  it('shows nothing of what is typed, honours backspace, and leaves raw mode', async () => {
    const t = terminal();
    const answer = promptHidden('Nytt lösenord: ', t.input, t.output);
    t.type('blå cykelX');
    t.type('\u007f i regnet');
    t.type('\r');
    expect(await answer).toBe('blå cykel i regnet');
    expect(t.state.written).toBe('Nytt lösenord: \n');
    expect(t.state.raw).toEqual([true, false]);
    expect(t.events.listenerCount('data')).toBe(0);
  });

  it('Ctrl+C cancels in Swedish', async () => {
    const t = terminal();
    const answer = promptHidden('Nytt lösenord: ', t.input, t.output);
    t.type('hemlig\u0003');
    await expect(answer).rejects.toThrow(PROMPT_CANCELLED_MESSAGE);
    expect(t.state.raw).toEqual([true, false]);
  });
});
