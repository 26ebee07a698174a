/**
 * Child process for the sleep-takeover test: one app session (FileSession, dispatch) on a plan file,
 * driven line by line over stdin. Each command's answer is one JSON line on stdout, written only
 * after the write has committed or been refused. Lock timings are short (argv) so the test need
 * not wait three minutes.
 *   argv: plan file, user name, staleMs, heartbeatMs
 *   stdin: {"op":"write","name":"…"} | {"op":"undo"} | {"op":"info"} | {"op":"quit"}
 */
import { createInterface } from 'node:readline';
import { FileSession } from '../../electron/main/fileSession';
import { dispatch } from '../../electron/services/api/dispatch';

const [path, user, staleMs, heartbeatMs] = process.argv.slice(2);
const files = new FileSession('test', undefined, undefined, null, { user, lockTimings: { staleMs: Number(staleMs), heartbeatMs: Number(heartbeatMs) } });

function answer(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

try {
  files.open(path);
  answer({ ok: true, opened: files.info().readOnly ? 'read-only' : 'editing' });
} catch (error) {
  answer({ ok: false, message: (error as Error).message });
  process.exit(1);
}

createInterface({ input: process.stdin }).on('line', (line) => {
  const command = JSON.parse(line) as { op: string; name?: string };
  if (command.op === 'quit') {
    files.close();
    process.exit(0);
  }
  if (command.op === 'info') return answer({ ok: true, value: files.info() });
  const call = command.op === 'undo' ? dispatch(files.current(), 'undoLastChange', {}) : dispatch(files.current(), 'createBody', { name: command.name, kind: 'namnd' });
  void call.then((result) => answer(result.ok ? { ok: true, value: result.value } : { ok: false, message: result.error.message }));
});
