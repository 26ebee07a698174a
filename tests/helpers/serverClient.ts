import type { Result } from '@shared/errors';
import { call, signIn } from './serverSignIn';

/**
 * One signed-in person against a running server, as a browser tab is: its session cookie, the
 * session's CSRF token and a tab id. Used by the load test and the serverConcurrent bench.
 */
export class ServerClient {
  readonly tab = Math.random().toString(36).slice(2);

  private constructor(readonly origin: string, private readonly who: { cookie: string; csrf: string }) {}

  /** Signs in with a local account through the sign-in form; throws when refused. */
  static async signIn(origin: string, login: string, password: string): Promise<ServerClient> {
    return new ServerClient(origin, await signIn(origin, { login, password }));
  }

  /** One API call; the HTTP status beside the answer. */
  async call<T = unknown>(name: string, input: unknown): Promise<{ status: number; result: Result<T> }> {
    const response = await call(this.origin, this.who, name, input, this.tab);
    return { status: response.status, result: (await response.json()) as Result<T> };
  }
}
