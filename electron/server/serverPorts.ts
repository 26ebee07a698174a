import type { Caller } from '@shared/domain/users';
import type { AccountDirectory } from '../services/api/session';

/**
 * The pieces the HTTP layer is built around, as issue 17 split them between helpers. What it asks of the account store (electron/server/accounts/accountStore.ts, issue 17's
 * account part): signing in, and the caller behind a session at every request, so a changed role or
 * a deactivation applies at once. The store's AccountStore has all of these; tests give a small fake.
 */
export type SignInResult = { ok: true; caller: Caller } | { ok: false; reason: 'wrong' | 'locked' | 'inactive' | 'unknown'; message: string };

export interface ServerAccounts {
  signInWithPassword(login: string, password: string, ip: string): Promise<SignInResult>;
  signInWithIdentity(identity: { subject: string; email: string | null; name: string | null }, ip: string): SignInResult;
  callerFor(userId: number): Caller | null;
  directory(): AccountDirectory;
  hasAdmin(): boolean;
  close(): void;
}

/** The sign-in page (electron/server/signInPage.ts): whole HTML, and its stylesheet served at /auth/signin.css. */
export interface SignInPage {
  render(options: { authMode: 'local' | 'oidc'; csrfToken: string; message?: string; kommun?: string }): string;
  css: string;
}

/** OpenID Connect sign-in (electron/server/oidc/oidcSignIn.ts): the code flow with PKCE. */
export interface PendingOidc {
  codeVerifier: string;
  state: string;
  nonce: string;
  createdAt: number;
}

export interface OidcSignInFlow {
  begin(): Promise<{ redirectTo: string; pending: PendingOidc }>;
  /** Throws AppError('unauthorized', Swedish) on a wrong state, an expired pending, a provider error. */
  complete(callbackUrl: URL, pending: PendingOidc): Promise<{ subject: string; email: string | null; name: string | null }>;
  logoutUrl(postLogoutRedirectUri: string): string | null;
}
