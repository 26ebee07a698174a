import { AppError, type AppErrorKind, type FieldProblem, type Result } from '@shared/errors';
import { FileInUseError, type LockOwner } from '../services/db/fileLock';
import { HOST_CRASHED_CALL_MESSAGE, HOST_GONE_MESSAGE } from '../services/db/writeAlerts';
import type { Platform } from '../services/platform';
import type { FileControl } from './fileControl';
import { fromHostSchema, type ControlAction, type ControlAnswers, type ControlError, type FromHost, type PlatformRequest, type ToHost } from './protocol';

/** The host as its parent sees it: Electron's UtilityProcess or Node's ChildProcess behind one shape. */
export interface HostProcess {
  post(message: ToHost): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
  readonly pid: number | undefined;
}

export type ConfigureAction = Extract<ControlAction, { do: 'configure' }>;

export interface HostClientOptions {
  spawn: () => HostProcess;
  configure: Omit<ConfigureAction, 'do'>;
  /** Serves the host's platform requests: printing, charts, handing files to the user. */
  platform: Platform;
  /** Where a restored backup goes (Electron: a save dialog; browser mode: the suggestion). */
  chooseRestoreTarget: (suggestedPath: string) => Promise<string | null>;
  /** A call (a restored backup) switched the open file. */
  onFileSwitched?: (path: string | null) => void;
  /** The host ended unexpectedly and a new one has reopened path (null: none was open); problem: why it could not. */
  onRestarted?: (path: string | null, problem: string | null) => void;
  log?: (message: string, detail?: unknown) => void;
}

/** At most this many restarts within RESTART_WINDOW_MS; a host that keeps dying is not started again. */
export const MAX_RESTARTS = 3;
export const RESTART_WINDOW_MS = 60_000;
/** How long stop() waits for the host to close the file before ending it anyway. */
export const STOP_GRACE_MS = 5_000;

type Pending =
  | { kind: 'call'; resolve: (result: Result<unknown>) => void }
  | { kind: 'control'; resolve: (value: unknown) => void; reject: (error: Error) => void };

const crashedCall: Result<never> = { ok: false, error: { kind: 'conflict', message: HOST_CRASHED_CALL_MESSAGE } };
const goneCall: Result<never> = { ok: false, error: { kind: 'conflict', message: HOST_GONE_MESSAGE } };

/**
 * The parent's side of the service host: the relay for calls, the file actions as messages, the
 * platform served here, and a restart when the host dies. A call is answered only once the host
 * has answered it, so an acknowledged write is committed; calls in flight at a crash are answered
 * with a Swedish refusal saying they were not saved. The restarted host reopens the same file
 * (the dead host's lock is taken over: its process is gone) and shows the restart as the file's alert.
 */
export class ServiceHostClient implements FileControl {
  private child: HostProcess | null = null;
  private ready: Promise<void> = Promise.resolve();
  private settleReady: () => void = () => undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private openPath: string | null = null;
  private stopping = false;
  private gone = false;
  private readonly restarts: number[] = [];
  private readonly log: (message: string, detail?: unknown) => void;

  private started = false;

  /** The host is started by the first call or file action, not here: Electron forks utility processes only once the app is ready. */
  constructor(private readonly options: HostClientOptions) {
    this.log = options.log ?? ((message, detail) => console.error(message, detail ?? ''));
  }

  private ensureStarted(): void {
    if (this.started) return;
    this.started = true;
    this.start(false);
  }

  /** The running host's process id (tests kill it). */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Settles once the current host is configured (and, after a restart, has reopened the file). */
  whenReady(): Promise<void> {
    this.ensureStarted();
    return this.settled();
  }

  private start(restart: boolean): void {
    const child = this.options.spawn();
    this.child = child;
    let hello: () => void = () => undefined;
    const said = new Promise<void>((resolve) => { hello = resolve; });
    // Ready once configured (and the file reopened), or once this host is gone: nobody waits forever.
    this.ready = new Promise<void>((settle) => {
      this.settleReady = settle;
      said.then(() => this.prepare(child, restart)).catch((error: unknown) => this.log('[värd] planfilens tjänst kom inte igång', error)).finally(settle);
    });
    child.onMessage((raw) => this.receive(child, raw, hello));
    child.onExit((code) => this.exited(child, code));
  }

  /** Waits until the newest host is ready: a restart while waiting means waiting for the new one. */
  private async settled(): Promise<void> {
    for (;;) {
      const ready = this.ready;
      await ready;
      if (ready === this.ready) return;
    }
  }

  /** Configures a new host; a restarted one reopens the file the dead one had open, and says so. */
  private async prepare(child: HostProcess, restart: boolean): Promise<void> {
    // The dead host's file, read before the new host's first answer says none is open yet.
    const path = this.openPath;
    await this.send(child, { do: 'configure', ...this.options.configure });
    if (!restart) return;
    let problem: string | null = null;
    if (path !== null) {
      try {
        await this.send(child, { do: 'openOrRead', path });
        await this.send(child, { do: 'reportRestart' });
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
        this.log('[värd] planfilen kunde inte öppnas igen efter omstarten', error);
      }
    }
    this.options.onRestarted?.(path, problem);
  }

  private exited(child: HostProcess, code: number | null): void {
    if (child !== this.child) return;
    this.child = null;
    this.settleReady();
    for (const [id, waiting] of this.pending) {
      this.pending.delete(id);
      if (waiting.kind === 'call') waiting.resolve(crashedCall);
      else waiting.reject(new AppError('conflict', HOST_CRASHED_CALL_MESSAGE));
    }
    if (this.stopping) return;
    this.log(`[värd] planfilens tjänst avslutades oväntat (kod ${code ?? 'signal'}); den startas om`);
    const now = Date.now();
    while (this.restarts.length > 0 && now - this.restarts[0] > RESTART_WINDOW_MS) this.restarts.shift();
    if (this.restarts.length >= MAX_RESTARTS) {
      this.gone = true;
      this.log('[värd] planfilens tjänst startas inte igen: den har avslutats för många gånger');
      return;
    }
    this.restarts.push(now);
    this.start(true);
  }

  private receive(child: HostProcess, raw: unknown, hello: () => void): void {
    const parsed = fromHostSchema.safeParse(raw);
    if (!parsed.success) {
      this.log('[värd] oläsligt meddelande från planfilens tjänst', raw);
      return;
    }
    const message = parsed.data as FromHost;
    switch (message.type) {
      case 'ready': return hello();
      case 'unreadable': return this.log('[värd]', message.message);
      case 'platform': return void this.serve(child, message.id, message.request);
      case 'answer':
      case 'controlAnswer': {
        const waiting = this.pending.get(message.id);
        if (!waiting) return;
        this.pending.delete(message.id);
        const before = this.openPath;
        this.openPath = message.openPath;
        if (message.type === 'answer') {
          if (waiting.kind === 'call') waiting.resolve(message.result);
          if (before !== message.openPath) this.options.onFileSwitched?.(message.openPath);
          return;
        }
        if (waiting.kind !== 'control') return;
        if (message.ok) waiting.resolve(message.value);
        else waiting.reject(errorFrom(message.error));
      }
    }
  }

  /** A platform request from the host, answered to that same host (a new one never gets an old answer). */
  private async serve(child: HostProcess, id: number, request: PlatformRequest): Promise<void> {
    let answer: ToHost;
    try {
      answer = { type: 'platformAnswer', id, ok: true, value: await this.platformCall(request) };
    } catch (error) {
      this.log('[värd] plattformsanrop misslyckades', error);
      answer = { type: 'platformAnswer', id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    if (child === this.child) child.post(answer);
  }

  private platformCall(request: PlatformRequest): Promise<unknown> {
    const { platform } = this.options;
    switch (request.method) {
      case 'printToPdf': return platform.printToPdf(request.html, request.options);
      case 'rasterizeSvg': return platform.rasterizeSvg(request.svg, request.width, request.height);
      case 'deliverFile': return platform.deliverFile(request.file);
      case 'deliverFiles': return platform.deliverFiles ? platform.deliverFiles(request.files) : Promise.reject(new Error('deliverFiles saknas.'));
      case 'chooseRestoreTarget': return this.options.chooseRestoreTarget(request.suggestedPath);
    }
  }

  private send<A extends ControlAction>(child: HostProcess, action: A): Promise<ControlAnswers[A['do']]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { kind: 'control', resolve: resolve as (value: unknown) => void, reject });
      child.post({ type: 'control', id, action });
    });
  }

  /** One API call, relayed; never rejects. */
  async call(name: string, input: unknown): Promise<Result<unknown>> {
    this.ensureStarted();
    await this.settled();
    const child = this.child;
    if (this.gone || child === null) return this.gone ? goneCall : crashedCall;
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { kind: 'call', resolve });
      child.post({ type: 'call', id, name, input });
    });
  }

  /** A file action, after the host is ready; a refusal is thrown as the AppError (or FileInUseError) it was. */
  async control<A extends ControlAction>(action: A): Promise<ControlAnswers[A['do']]> {
    this.ensureStarted();
    await this.settled();
    const child = this.child;
    if (this.gone || child === null) throw new AppError('conflict', this.gone ? HOST_GONE_MESSAGE : HOST_CRASHED_CALL_MESSAGE);
    return this.send(child, action);
  }

  open(path: string, options: { readOnly?: boolean } = {}) { return this.control({ do: 'open', path, readOnly: options.readOnly === true }); }
  openOrRead(path: string) { return this.control({ do: 'openOrRead', path }); }
  async create(path: string) { await this.control({ do: 'create', path }); }
  async openOrCreateDemo(path: string) { await this.control({ do: 'openOrCreateDemo', path }); }
  openInitial(settings: { lastFile?: string }, userDataDir: string) { return this.control({ do: 'openInitial', lastFile: settings.lastFile, userDataDir }); }
  async saveCopy(target: string) { await this.control({ do: 'saveCopy', target }); }
  info() { return this.control({ do: 'info' }); }
  async reportUnexpected() { await this.control({ do: 'reportUnexpected' }); }
  async backupIdle() { await this.control({ do: 'backupIdle' }); }

  /** Closes the file (giving its lock back) and ends the host; it is not restarted. */
  async stop(): Promise<void> {
    const child = this.child;
    if (child === null) return;
    this.stopping = true;
    const closed = this.ready.then(() => { if (child === this.child) return this.send(child, { do: 'close' }); }).catch((error: unknown) => {
      this.log('[värd] planfilen kunde inte stängas', error);
    });
    // A host that does not answer (hung, or never ready) must not keep the app from ending.
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([closed, new Promise<void>((resolve) => { timer = setTimeout(resolve, STOP_GRACE_MS); })]);
    clearTimeout(timer);
    if (child !== this.child) return;
    await new Promise<void>((resolve) => {
      child.onExit(() => resolve());
      child.kill();
    });
  }
}

/** The host's refusal as the error it was; a file open elsewhere becomes FileInUseError again. */
function errorFrom(error: ControlError): Error {
  if (error.fileInUse) return new FileInUseError(error.fileInUse.owner as LockOwner | null, error.fileInUse.fileName);
  return new AppError(error.kind as AppErrorKind, error.message, (error.problems ?? []) as FieldProblem[]);
}
