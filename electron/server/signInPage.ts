import { FIELD_LABEL } from '@shared/labels';
import { escapeHtml } from '@shared/report/renderHtml';
import { CONTENT_SECURITY_POLICY } from '@shared/security';
export { SIGN_IN_CSS } from './signInStyles';

export interface SignInPageOptions {
  authMode: 'local' | 'oidc';
  /** Sent back in the form's hidden `csrf` field (local sign-in). */
  csrfToken: string;
  /** Why the last try was refused (or why the person was signed out), shown in an alert. */
  message?: string;
  /** The kommun's name, beside the program's in the top bar. */
  kommun?: string;
}

/**
 * The app's policy, except that this page's form may post to its own server ('none' in the app,
 * which has no forms): serve the sign-in page with this header, or the browser will not send the form.
 */
export const SIGN_IN_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("form-action 'none'", "form-action 'self'");

export const SIGN_IN_TITLE = 'Logga in';
export const OIDC_BUTTON_TEXT = 'Logga in med kommunens konto';

function localForm(csrfToken: string, hasMessage: boolean): string {
  // After a refusal the fields are marked and point at the message, so a screen reader names it with them.
  const invalid = hasMessage ? ' aria-invalid="true" aria-describedby="signin-message"' : '';
  return `<form method="post" action="/auth/login">
      <input type="hidden" name="csrf" value="${escapeHtml(csrfToken)}">
      <div class="field">
        <label for="login">${FIELD_LABEL.login}</label>
        <input id="login" name="login" type="text" autocomplete="username" autocapitalize="none" spellcheck="false" required autofocus${invalid}>
      </div>
      <div class="field">
        <label for="password">${FIELD_LABEL.password}</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required${invalid}>
      </div>
      <button class="button" type="submit">${SIGN_IN_TITLE}</button>
    </form>
    <p class="hint">Har du glömt lösenordet? Be administratören att ge dig ett nytt.</p>`;
}

function oidcLink(): string {
  return `<a class="button" href="/auth/oidc/start">${OIDC_BUTTON_TEXT}</a>
    <p class="hint">Du loggar in med samma konto som i kommunens övriga system.</p>`;
}

/** The whole sign-in page (lang="sv"), without inline script or style: it passes SIGN_IN_CONTENT_SECURITY_POLICY. */
export function renderSignInPage(options: SignInPageOptions): string {
  const message = options.message ?? '';
  const kommun = options.kommun?.trim() ? `<span class="kommun">${escapeHtml(options.kommun.trim())}</span>` : '';
  return `<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${SIGN_IN_TITLE} – Planuppföljning</title>
  <link rel="stylesheet" href="/auth/signin.css">
</head>
<body>
  <header class="topbar"><span class="brand">Planuppföljning</span>${kommun}</header>
  <main>
    <div class="signin">
    <h1>${SIGN_IN_TITLE}</h1>
    <p class="lead">Uppföljning av handlingsplanen mot våld i nära relationer.</p>
    <div id="signin-message" class="message" role="alert">${escapeHtml(message)}</div>
    ${options.authMode === 'local' ? localForm(options.csrfToken, message !== '') : oidcLink()}
    </div>
  </main>
</body>
</html>
`;
}
