import { AppError } from '@shared/errors';

/** What promptHidden needs of a terminal: process.stdin and process.stderr, or stand-ins in a test. */
export interface HiddenInput {
  setRawMode(raw: boolean): unknown;
  setEncoding(encoding: BufferEncoding): unknown;
  resume(): unknown;
  pause(): unknown;
  on(event: 'data', listener: (chunk: string) => void): unknown;
  off(event: 'data', listener: (chunk: string) => void): unknown;
}

export const PROMPT_CANCELLED_MESSAGE = 'Avbrutet. Inget har ändrats.';

/**
 * Asks for a password on a terminal without showing what is typed (raw mode: the terminal echoes
 * nothing, and nothing is written back). Backspace removes a character; Ctrl+C or Ctrl+D cancels.
 */
export function promptHidden(question: string, input: HiddenInput, output: { write(text: string): unknown }): Promise<string> {
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (outcome: () => void) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
      outcome();
    };
    function onData(chunk: string): void {
      for (const character of chunk) {
        if (character === '\r' || character === '\n') return finish(() => resolve(value));
        if (character === '\u0003' || character === '\u0004') return finish(() => reject(new AppError('conflict', PROMPT_CANCELLED_MESSAGE)));
        if (character === '\u007f' || character === '\b') value = [...value].slice(0, -1).join('');
        else if (character >= ' ') value += character;
      }
    }
    output.write(question);
    input.setRawMode(true);
    input.setEncoding('utf8');
    input.on('data', onData);
    input.resume();
  });
}
