/** Reading the Cookie header and writing Set-Cookie for the server's own cookies. */

export const SESSION_COOKIE = 'pu_session';
/** Before sign-in: the sign-in form's CSRF token (double submit) and OIDC's pending state. */
export const LOGIN_COOKIE = 'pu_login';
export const OIDC_COOKIE = 'pu_oidc';

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    if (part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return null;
}

export interface CookieOptions {
  secure: boolean;
  /** Seconds; 0 removes the cookie; absent: until the browser closes. */
  maxAge?: number;
  path?: string;
}

/** Always HttpOnly (no script reads it) and SameSite=Lax (not sent with another site's POST). */
export function setCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [`${name}=${value}`, `Path=${options.path ?? '/'}`, 'HttpOnly', 'SameSite=Lax'];
  if (options.maxAge !== undefined) parts.push(`Max-Age=${Math.max(0, Math.floor(options.maxAge))}`);
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}

export function clearCookie(name: string, options: Omit<CookieOptions, 'maxAge'>): string {
  return setCookie(name, '', { ...options, maxAge: 0 });
}
