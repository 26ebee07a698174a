import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { CallName } from '@shared/api/contract';
import type { Result } from '@shared/errors';
import { dispatch } from '../api/dispatch';
import type { Session } from '../api/handlers';
import { receiveError, sendError, type Ask, type AskAnswer, type CallStart, type FromThread, type ToThread } from './protocol';
import { jobThreadEntry, type JobThreadEntry } from './jobThreadEntry';

/** Said when the thread stopped in the middle of a call (killed, out of memory): the owner carries on. */
export const THREAD_STOPPED_MESSAGE = 'Arbetet avbröts oväntat innan det blev klart. Programmet fortsätter; försök igen. '
  + 'En ändring som inte hann sparas har inte gjorts.';

interface Running {
  session: Session;
  name: CallName;
  input: unknown;
  resolve: (result: Result<unknown>) => void;
}

/**
 * The owner's side of the job thread: starts it on the first heavy call (and again after it
 * died), sends calls, answers its questions about the calling session and carries out its platform
 * calls. An idle thread does not keep the process alive.
 */
export class JobThreadHost {
  private worker: Worker | null = null;
  private askPort: MessagePort | null = null;
  private ready = false;
  /** The thread could not even load here (a platform without it): calls run inline from then on. */
  private unavailable = false;
  private readonly running = new Map<number, Running>();
  private nextId = 1;

  constructor(private readonly entry: () => JobThreadEntry = () => jobThreadEntry()) {}

  /**
   * Runs one call in the thread; the answer is dispatch's Result, or an error if the thread stops
   * during the call. Throws if the thread cannot run here at all, so the caller runs the call inline.
   */
  run(session: Session, path: string, name: CallName, input: unknown): Promise<Result<unknown>> {
    if (this.unavailable) throw new Error('Jobbtråden kan inte starta här.');
    const worker = this.started();
    const id = this.nextId++;
    const start: CallStart = {
      path, readOnly: session.readOnly, user: session.ctx.user, host: session.ctx.host,
      hasAccess: session.ctx.access !== undefined, hasWrites: session.writes !== undefined,
      hasDeliverFiles: session.platform.deliverFiles !== undefined,
      today: session.ctx.today(), now: session.ctx.now(),
      ...(session.caller ? { caller: session.caller } : {}),
    };
    return new Promise((resolve) => {
      this.running.set(id, { session, name, input, resolve });
      worker.ref();
      worker.postMessage({ type: 'call', id, name, input, start } satisfies ToThread);
    });
  }

  /** Stops the thread; calls still running are answered with THREAD_STOPPED_MESSAGE. */
  async stop(): Promise<void> {
    this.ready = true; // stopped on purpose: not a thread that cannot load
    await this.worker?.terminate();
  }

  private started(): Worker {
    if (this.worker !== null) return this.worker;
    const { code, eval: isSource } = this.entry();
    const channel = new MessageChannel();
    const askFlag = new SharedArrayBuffer(4);
    const worker = new Worker(code, { eval: isSource, workerData: { askPort: channel.port2, askFlag }, transferList: [channel.port2] });
    const flag = new Int32Array(askFlag);
    channel.port1.on('message', (question: Ask) => {
      channel.port1.postMessage(this.answer(question));
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
    });
    channel.port1.unref();
    worker.on('message', (message: FromThread) => this.received(worker, message));
    worker.on('error', (error) => console.error('[jobThread] stopped with an error', error));
    worker.on('exit', () => this.stopped(worker));
    worker.unref();
    this.worker = worker;
    this.askPort = channel.port1;
    this.ready = false;
    return worker;
  }

  private received(worker: Worker, message: FromThread): void {
    if (message.type === 'ready') {
      if (this.worker === worker) this.ready = true;
      return;
    }
    if (message.type === 'result') {
      const running = this.running.get(message.id);
      this.running.delete(message.id);
      if (this.running.size === 0) worker.unref();
      running?.resolve(message.result);
      return;
    }
    const running = this.running.get(message.callId);
    const answer = (reply: ToThread) => {
      if (this.worker === worker) worker.postMessage(reply);
    };
    Promise.resolve()
      .then(() => {
        if (!running) throw new Error('Anropet finns inte längre.');
        const method = running.session.platform[message.method] as ((...args: unknown[]) => Promise<unknown>) | undefined;
        if (!method) throw new Error('Plattformen saknar anropet.');
        return method.apply(running.session.platform, message.args);
      })
      .then((value) => answer({ type: 'platformAnswer', id: message.id, ok: true, value }))
      .catch((error: unknown) => answer({ type: 'platformAnswer', id: message.id, ok: false, error: sendError(error) }));
  }

  /** The thread's synchronous questions, answered from the calling session as inline code would read it. */
  private answer(question: Ask): AskAnswer {
    const session = this.running.get(question.callId)?.session;
    if (!session) return { ok: false, error: { message: 'Anropet finns inte längre.' } };
    try {
      switch (question.what) {
        case 'info': return { ok: true, value: session.info() };
        case 'refusal': return { ok: true, value: session.writes?.refusal() ?? null };
        case 'check': session.ctx.access?.check(); break;
        case 'succeeded': session.ctx.access?.succeeded(); break;
        case 'failed': session.ctx.access?.failed(receiveError(question.error)); break;
        case 'keep': session.writes?.keep(question.name, question.input); break;
      }
      return { ok: true, value: null };
    } catch (error) {
      return { ok: false, error: sendError(error) };
    }
  }

  private stopped(worker: Worker): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.askPort?.close();
    this.askPort = null;
    const running = [...this.running.values()];
    this.running.clear();
    if (!this.ready) {
      // It never loaded, so none of these ran: they run inline, and so does every later call.
      console.error('[jobThread] could not load; heavy calls run inline from now on');
      this.unavailable = true;
      for (const call of running) void dispatch(call.session, call.name, call.input).then(call.resolve);
      return;
    }
    for (const call of running) call.resolve({ ok: false, error: { kind: 'internal', message: THREAD_STOPPED_MESSAGE } });
  }
}
