import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { createDemoFile } from '../../electron/services/demo/createDemoFile';
import { tempDir } from '../helpers/planFile';

/** Short lock timings for the children: the real three minutes are pinned in tests/services/db/fileLock.test.ts. */
const STALE_MS = 1500;
const HEARTBEAT_MS = 300;

interface Answer { ok: boolean; message?: string; opened?: string; value?: { id?: number; readOnly?: boolean; alert?: { kind: string; message: string } | null } }

/** One app session in its own process, as on a laptop that can be put to sleep (SIGSTOP) and woken (SIGCONT). */
class Writer {
  private readonly answers: Answer[] = [];
  private waiting: ((answer: Answer) => void) | null = null;
  private readonly lines: Interface;

  constructor(readonly child: ChildProcess) {
    this.lines = createInterface({ input: child.stdout! });
    this.lines.on('line', (line) => {
      const answer = JSON.parse(line) as Answer;
      if (this.waiting) {
        const resolve = this.waiting;
        this.waiting = null;
        resolve(answer);
      } else {
        this.answers.push(answer);
      }
    });
  }

  next(): Promise<Answer> {
    const ready = this.answers.shift();
    return ready ? Promise.resolve(ready) : new Promise((resolve) => { this.waiting = resolve; });
  }

  send(command: object): Promise<Answer> {
    this.child.stdin!.write(`${JSON.stringify(command)}\n`);
    return this.next();
  }

  quit(): Promise<void> {
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.stdin!.write(`${JSON.stringify({ op: 'quit' })}\n`);
    });
  }
}

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
});

function bundle(dir: string): string {
  const out = join(dir, 'sessionWriter.cjs');
  buildSync({
    entryPoints: [join(import.meta.dirname, 'sessionWriter.ts')], bundle: true, platform: 'node', format: 'cjs',
    outfile: out, external: ['better-sqlite3', 'electron'], logLevel: 'silent',
  });
  return out;
}

async function start(script: string, db: string, user: string): Promise<{ writer: Writer; opened: Answer }> {
  const child = spawn(process.execPath, [script, db, user, String(STALE_MS), String(HEARTBEAT_MS)], {
    stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, NODE_PATH: join(import.meta.dirname, '../../node_modules') },
  });
  running.push(child);
  const writer = new Writer(child);
  return { writer, opened: await writer.next() };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('two writers after a stale-lock takeover (a laptop asleep past the lock)', () => {
  it('the sleeper’s next write and its undo are refused, the other’s rows stay, and no acknowledged write is lost', async () => {
    const dir = tempDir();
    const db = join(dir, 'delad.planfil');
    createDemoFile(db).db.close();
    const script = bundle(dir);
    const acknowledged: string[] = [];
    const write = async (writer: Writer, name: string): Promise<Answer> => {
      const answer = await writer.send({ op: 'write', name });
      if (answer.ok) acknowledged.push(name);
      return answer;
    };

    const anna = await start(script, db, 'anna');
    expect(anna.opened).toMatchObject({ ok: true, opened: 'editing' });
    for (const name of ['Anna 1', 'Anna 2']) expect(await write(anna.writer, name)).toMatchObject({ ok: true });

    // The laptop sleeps for longer than the lock lasts; another computer opens the file meanwhile.
    anna.writer.child.kill('SIGSTOP');
    await sleep(STALE_MS + 1000);
    const bo = await start(script, db, 'bo');
    expect(bo.opened).toMatchObject({ ok: true, opened: 'editing' });
    for (const name of ['Bo 1', 'Bo 2']) expect(await write(bo.writer, name)).toMatchObject({ ok: true });

    // The laptop wakes up.
    anna.writer.child.kill('SIGCONT');
    const refused = await write(anna.writer, 'Anna 3 efter sömnen');
    expect(refused.ok).toBe(false);
    expect(refused.message).toMatch(/^Planfilen öppnades av bo på datorn .+ medan din dator sov\. Dina ändringar efter \d\d:\d\d har inte sparats\./);
    expect(await anna.writer.send({ op: 'undo' })).toMatchObject({ ok: false, message: refused.message });
    expect(await anna.writer.send({ op: 'info' })).toMatchObject({ value: { readOnly: true, alert: { kind: 'lockLost' } } });

    // The other computer goes on writing, and can still undo its own change.
    for (const name of ['Bo 3', 'Bo 4']) expect(await write(bo.writer, name)).toMatchObject({ ok: true });
    expect(await bo.writer.send({ op: 'undo' })).toMatchObject({ ok: true });
    acknowledged.splice(acknowledged.indexOf('Bo 4'), 1);
    expect(await write(anna.writer, 'Anna 4')).toMatchObject({ ok: false });
    await Promise.all([anna.writer.quit(), bo.writer.quit()]);

    const check = new Database(db, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    const names = (check.prepare("SELECT name FROM body WHERE name LIKE 'Anna %' OR name LIKE 'Bo %' ORDER BY id").all() as { name: string }[]).map((r) => r.name);
    check.close();
    expect(names).toEqual(acknowledged);
    expect(names).toEqual(['Anna 1', 'Anna 2', 'Bo 1', 'Bo 2', 'Bo 3']);
  }, 60_000);
});
