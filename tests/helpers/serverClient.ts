import type { Result } from '@shared/errors';

/**
 * One signed-in person against a running server, as a browser would be: a cookie jar, the
 * session's CSRF token, a tab id. Used by the load test and the serverConcurrent bench.
 */
export class ServerClient {
  private readonly cookies = new Map<string, string>();
  csrfToken = '';
  readonly tab = Math.random().toString(36).slice(2);

  constructor(readonly origin: string) {}

  /** Signs in with a local account through the sign-in form, then reads the session. Throws when refused. */
  static async signIn(origin: string, login: string, password: string): Promise<ServerClient> {
    const client = new ServerClient(origin);
    const page = await client.request('GET', '/auth/login');
    const csrf = /name="csrf"[^>]*value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
    const form = new URLSearchParams({ login, password, csrf }).toString();
    const answer = await client.request('POST', '/auth/login', form, { 'Content-Type': 'application/x-www-form-urlencoded' });
    if (answer.status !== 303) throw new Error(`${login}: inloggningen nekades (${answer.status}): ${(await answer.text()).slice(0, 300)}`);
    const session = await client.request('GET', '/auth/session');
    if (session.status !== 200) throw new Error(`${login}: ingen session (${session.status})`);
    client.csrfToken = ((await session.json()) as { csrfToken: string }).csrfToken;
    return client;
  }

  /** One API call; the HTTP status beside the answer. */
  async call<T = unknown>(name: string, input: unknown): Promise<{ status: number; result: Result<T> }> {
    const response = await this.request('POST', `/api/${name}`, JSON.stringify(input), {
      'Content-Type': 'application/json', 'X-CSRF-Token': this.csrfToken, 'X-Planuppfoljning-Tab': this.tab,
    });
    return { status: response.status, result: (await response.json()) as Result<T> };
  }

  /** As call, but the value itself; a refusal throws with its message. */
  async value<T = unknown>(name: string, input: unknown): Promise<T> {
    const { result } = await this.call<T>(name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value;
  }

  async request(method: string, path: string, body?: string, headers: Record<string, string> = {}): Promise<Response> {
    const response = await fetch(`${this.origin}${path}`, {
      method,
      body,
      redirect: 'manual',
      headers: { ...headers, Origin: this.origin, Cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }
}
