import type { Caller } from '@shared/domain/users';

/** Signing in to a server as a browser does; no test framework here, so the bench uses it too. */
export interface FakeUser {
  login: string;
  password: string;
  caller: Caller;
}

/** Signs in through the form as a browser would: the page's CSRF cookie and field, then the session cookie. */
export async function signIn(origin: string, user: Pick<FakeUser, 'login' | 'password'>): Promise<{ cookie: string; csrf: string }> {
  const page = await fetch(`${origin}/auth/login`);
  const loginCookie = /pu_login=([^;]+)/.exec(page.headers.get('set-cookie') ?? '')![1];
  const formToken = /name="csrf" value="([^"]+)"/.exec(await page.text())![1];
  const answer = await fetch(`${origin}/auth/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: `pu_login=${loginCookie}` },
    body: new URLSearchParams({ login: user.login, password: user.password, csrf: formToken }).toString(),
  });
  if (answer.status !== 303) throw new Error(`sign-in answered ${answer.status}`);
  const cookie = `pu_session=${/pu_session=([^;]+)/.exec(answer.headers.getSetCookie().join('\n'))![1]}`;
  const session = await (await fetch(`${origin}/auth/session`, { headers: { Cookie: cookie } })).json() as { csrfToken: string };
  return { cookie, csrf: session.csrfToken };
}
