import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AppError } from '@shared/errors';
import { FileSession } from '../main/fileSession';
import { jobThread } from '../services/api/runCall';
import { FileInUseError } from '../services/db/fileLock';
import { browserPlatform } from '../web/browserPlatform';
import { closePdfPrinter } from '../web/chromiumPdf';
import { openAccountStore } from './accounts/accountStore';
import { ConfigError, listeningProblem, readConfigFile, resolveConfig, type ServeConfig, type ServeFlags } from './config';
import { startServer, type RunningServer } from './http/startServer';
import { openSecurityLog } from './securityLog';
import type { ServerAccounts } from './serverPorts';

/**
 * `planuppfoljning serve`: one plan file, owned by this process as the desktop app owns it (the
 * lock, heartbeat, automatic backups, change log and undo of FileSession), served over HTTP to
 * signed-in people. Refuses to start (ServeRefusal, exit 2) on a setting that would be unsafe.
 */
export class ServeRefusal extends Error {}

export const NO_ADMIN_MESSAGE = 'Det finns ingen aktiv administratör. Skapa först en administratör: '
  + 'planuppfoljning user add --admin --db PLANFIL --name NAMN --login INLOGGNINGSNAMN';

export interface ServeDependencies {
  /** Where the built renderer is (out/renderer). */
  rendererDir: string;
  appVersion: string;
  /** Resolves when the server should stop (SIGINT/SIGTERM). */
  stopSignal: Promise<void>;
  /** Lines for the operator (stderr); the first line on stdout is the address. */
  tell: (line: string) => void;
  announce: (line: string) => void;
}

export interface StartedServer {
  config: ServeConfig;
  server: RunningServer;
  files: FileSession;
  accounts: ServerAccounts;
  stop(): Promise<void>;
}

/** Reads the settings: the config file (relative paths from its folder) under the flags. */
export function serveSettings(flags: ServeFlags): ServeConfig {
  try {
    const file = flags.config === undefined ? {} : readConfigFile(resolve(flags.config));
    const config = resolveConfig(flags, file, flags.config === undefined ? process.cwd() : dirname(resolve(flags.config)));
    const problem = listeningProblem(config);
    if (problem !== null) throw new ServeRefusal(problem);
    return config;
  } catch (error) {
    if (error instanceof ConfigError) throw new ServeRefusal(error.message);
    throw error;
  }
}

function readTls(config: ServeConfig): { cert: Buffer; key: Buffer } | null {
  if (config.tls === null) return null;
  const read = (what: 'cert' | 'key'): Buffer => {
    try {
      return readFileSync(config.tls![what]);
    } catch {
      throw new ServeRefusal(`tls.${what}: filen ${config.tls![what]} går inte att läsa.`);
    }
  };
  return { cert: read('cert'), key: read('key') };
}

/** Opens everything the server needs and starts listening; anything refused closes what was opened. */
export async function startServe(config: ServeConfig, deps: Omit<ServeDependencies, 'stopSignal'>): Promise<StartedServer> {
  const tls = readTls(config);
  if (!existsSync(config.db)) {
    throw new AppError('refused_file', `Planfilen ${config.db} finns inte. Skapa den med planuppfoljning new --db … eller ange en befintlig planfil.`);
  }
  let files: FileSession | null = null;
  // A rapportör may be given only nämnder the plan file has.
  const knownBodyIds = (): number[] => (files?.current()?.ctx.db.prepare('SELECT id FROM body').pluck().all() as number[] | undefined) ?? [];
  const accounts = openAccountStore(config.accounts, { authMode: config.auth.mode, knownBodyIds });
  const closers: (() => void)[] = [() => accounts.close()];
  const closeAll = (): void => {
    for (const close of closers.reverse()) close();
  };
  try {
    if (config.auth.mode === 'local' && !accounts.hasAdmin()) throw new ServeRefusal(NO_ADMIN_MESSAGE);
    const oidc = config.auth.mode === 'oidc'
      ? await (await import('./oidc/oidcSignIn')).createOidcSignIn(config.auth)
      : null;
    const session = new FileSession(deps.appVersion, undefined, browserPlatform, {
      root: config.backups, asksForTarget: false, chooseTarget: async (suggested) => suggested,
    });
    files = session;
    try {
      session.open(config.db);
    } catch (error) {
      throw error instanceof FileInUseError ? new AppError('conflict', fileInUseMessage(error)) : error;
    }
    closers.push(() => session.close());
    const server = await startServer({
      rendererDir: deps.rendererDir,
      files: session,
      accounts,
      oidc,
      securityLog: openSecurityLog(config.securityLog),
      name: config.name,
      auth: config.auth,
      host: config.host,
      port: config.port,
      tls,
      trustedProxy: config.behindProxy?.trustedProxy ?? null,
      publicUrl: config.publicUrl,
      sessionHours: config.sessionHours,
      idleMinutes: config.idleMinutes,
    });
    return {
      config, server, files: session, accounts,
      stop: async () => {
        await server.close();
        await jobThread.stop();
        closeAll();
      },
    };
  } catch (error) {
    closeAll();
    throw error;
  }
}

/** The file is someone else's: the server cannot own it, and a read-only server would help nobody. */
function fileInUseMessage(error: FileInUseError): string {
  if (error.owner === null) return error.message;
  return `”${error.fileName}” är öppen för redigering av ${error.owner.user} på datorn ${error.owner.host}. `
    + 'Servern startar inte förrän filen har stängts där. Filen har inte ändrats.';
}

/** The whole command: start, say where, serve until stopped. */
export async function serve(flags: ServeFlags, deps: ServeDependencies): Promise<string> {
  const config = serveSettings(flags);
  const started = await startServe(config, deps);
  deps.announce(started.server.publicOrigin);
  deps.tell(`Planfil: ${config.db}`);
  deps.tell(`Lyssnar på: ${started.server.origin}${config.tls ? ' (TLS)' : ''}${config.behindProxy ? ` bakom proxyn ${config.behindProxy.trustedProxy}` : ''}`);
  deps.tell(`Inloggning: ${config.auth.mode === 'local' ? 'lokala konton' : `OpenID Connect (${config.auth.issuer})`}; konton i ${config.accounts}`);
  deps.tell(`Säkerhetslogg: ${config.securityLog}`);
  deps.tell(`Säkerhetskopior: ${config.backups}`);
  deps.tell('Stoppa med Ctrl+C.');
  await deps.stopSignal;
  await started.stop();
  await closePdfPrinter();
  return 'Servern stoppades.';
}

/** The program's folder (with package.json), from wherever the running file is: source or out/cli/chunks. */
export function programRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return from;
  }
}
