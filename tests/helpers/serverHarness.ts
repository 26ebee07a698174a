/**
 * The server's HTTP layer in-process on loopback, with a small stand-in for the account store
 * (electron/server/accounts has the real one, tested on its own) and the real sign-in page.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '@shared/errors';
import { openSecurityLog } from '../../electron/server/securityLog';
import type { ServerAccounts } from '../../electron/server/serverPorts';
import { startServer, type RunningServer, type StartServerOptions } from '../../electron/server/http/startServer';
import type { Session } from '../../electron/services/api/handlers';
import { tempDir } from './planFile';
import type { FakeUser } from './serverSignIn';

export type { FakeUser };

export { signIn } from './serverSignIn';


export const ADMIN: FakeUser = { login: 'anna', password: 'ett långt lösenord', caller: { userId: 1, name: 'Anna Admin', role: 'admin', bodyIds: [] } };
export const READER: FakeUser = { login: 'lars', password: 'ett annat långt lösen', caller: { userId: 2, name: 'Lars Läsare', role: 'lasare', bodyIds: [] } };

export function fakeAccounts(users: FakeUser[] = [ADMIN, READER]): ServerAccounts & { deactivate(userId: number): void } {
  const inactive = new Set<number>();
  return {
    async signInWithPassword(login, password) {
      const user = users.find((u) => u.login === login);
      if (!user || user.password !== password) return { ok: false, reason: 'wrong', message: 'Fel användarnamn eller lösenord.' };
      return { ok: true, caller: user.caller };
    },
    signInWithIdentity: (identity) => {
      const user = users.find((u) => u.login === identity.email);
      return user ? { ok: true, caller: user.caller } : { ok: false, reason: 'unknown', message: 'Kontot är inte upplagt här.' };
    },
    callerFor: (userId) => (inactive.has(userId) ? null : users.find((u) => u.caller.userId === userId)?.caller ?? null),
    directory: () => ({ list: () => [], save: () => { throw new AppError('unauthorized', 'Bara en administratör kan ändra konton.'); } }),
    hasAdmin: () => users.some((u) => u.caller.role === 'admin'),
    close: () => undefined,
    deactivate: (userId) => { inactive.add(userId); },
  };
}

export interface Harness {
  server: RunningServer;
  origin: string;
  logPath: string;
  accounts: ReturnType<typeof fakeAccounts>;
  securityLog(): Record<string, unknown>[];
}

export function rendererFolder(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Planuppföljning</title>');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  return dir;
}

export async function startTestServer(session: Session, options: Partial<StartServerOptions> = {}, users?: FakeUser[]): Promise<Harness> {
  const logPath = join(tempDir(), 'sakerhetslogg.jsonl');
  const accounts = fakeAccounts(users);
  const server = await startServer({
    rendererDir: rendererFolder(),
    files: { current: () => session },
    accounts,
    securityLog: openSecurityLog(logPath),
    name: 'Åsbacka',
    auth: { mode: 'local' },
    sessionHours: 8,
    idleMinutes: 60,
    ...options,
  });
  return {
    server,
    origin: server.origin,
    logPath,
    accounts,
    securityLog: () => (existsSync(logPath) ? readFileSync(logPath, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>) : []),
  };
}

/** One API call as the renderer makes it in server mode. */
export async function call(origin: string, who: { cookie: string; csrf: string }, name: string, input: unknown, tab?: string): Promise<Response> {
  return fetch(`${origin}/api/${name}`, {
    method: 'POST',
    headers: { Cookie: who.cookie, 'X-CSRF-Token': who.csrf, 'Content-Type': 'application/json', ...(tab ? { 'X-Planuppfoljning-Tab': tab } : {}) },
    body: JSON.stringify(input),
  });
}
