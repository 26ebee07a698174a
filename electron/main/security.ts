import type { Event, IpcMainInvokeEvent, Session, WebContents } from 'electron';

/** The renderer's own origin: served by appProtocol.ts, never from file:// (checklist item 18). */
export const APP_ORIGIN = 'app://renderer';

/** Sent as a header on every HTML page from app:// (the same policy as browser mode). */
export { CONTENT_SECURITY_POLICY } from '@shared/security';

const APP = new URL(`${APP_ORIGIN}/`);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Whether a URL belongs to the app: app://renderer, or the electron-vite dev server in
 * development. Parsed with new URL(), never startsWith: "https://example.com.attacker.com"
 * starts with "https://example.com" (checklist item 13).
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  const parsed = parse(url);
  if (parsed === null) return false;
  // app: is not a "special" scheme for the URL parser, so its origin is "null": compare parts.
  if (parsed.protocol === APP.protocol && parsed.host === APP.host && parsed.username === '' && parsed.password === '') {
    return true;
  }
  const dev = devServerUrl ? parse(devServerUrl) : null;
  return dev !== null && (dev.protocol === 'http:' || dev.protocol === 'https:') && parsed.origin === dev.origin;
}

/** Set by electron-vite in development only; index.ts removes it in the packaged app. */
function devServer(): string | undefined {
  return process.env.ELECTRON_RENDERER_URL;
}

/**
 * The server the window is connected to (Arkiv → Anslut till server…, serverWindow.ts), or null
 * while it shows the app's own page. Its origin is the one other place the window may go.
 */
let connectedOrigin: string | null = null;

export function setConnectedServer(origin: string | null): void {
  connectedOrigin = origin;
}

export function connectedServer(): string | null {
  return connectedOrigin;
}

/** The server's pages that belong to signing in: /auth/… (its sign-in page, the start of OpenID Connect). */
function isSignInPage(url: URL, serverOrigin: string): boolean {
  return url.origin === serverOrigin && url.pathname.startsWith('/auth/');
}

/**
 * Where a window may navigate: within the app; within the connected server's origin; and, while
 * signing in (the page shown is the server's /auth/… or already the identity provider's), to any
 * https:// page, since the kommun's identity provider may move between its own hosts
 * (login, MFA) before it sends the browser back to the server. From the server's own pages,
 * nowhere else.
 */
export function isNavigationAllowed(target: string, current: string, serverOrigin: string | null, devServerUrl?: string): boolean {
  if (isAppUrl(target, devServerUrl)) return true;
  if (serverOrigin === null) return false;
  const to = parse(target);
  if (to === null || to.username !== '' || to.password !== '') return false;
  if (to.origin === serverOrigin) return true;
  const from = parse(current);
  const signingIn = from !== null && (isSignInPage(from, serverOrigin) || (from.origin !== serverOrigin && !isAppUrl(current, devServerUrl)));
  return signingIn && to.protocol === 'https:';
}

/**
 * A new window only for the connected server's sign-in page ("Logga in igen" after a session
 * ended opens it beside the page whose form keeps its text); it gets no preload api (preload guard).
 */
export function isAllowedNewWindow(url: string, serverOrigin: string | null): boolean {
  const parsed = parse(url);
  return serverOrigin !== null && parsed !== null && parsed.username === '' && isSignInPage(parsed, serverOrigin);
}

type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler' | 'getURL'>;

/** Our pages never navigate away, open windows or embed <webview> (checklist items 12–14). */
export function hardenWebContents(contents: HardenableContents): void {
  contents.on('will-navigate', (event: Event, url: string) => {
    if (!isNavigationAllowed(url, contents.getURL(), connectedOrigin, devServer())) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => (isAllowedNewWindow(url, connectedOrigin) ? { action: 'allow' } : { action: 'deny' }));
  contents.on('will-attach-webview', (event: Event) => event.preventDefault());
}

/** The app's page, or the connected server's (its presentationsläge asks for full screen too). */
function isOwnPage(url: string): boolean {
  return isAppUrl(url, devServer()) || (connectedOrigin !== null && parse(url)?.origin === connectedOrigin);
}

type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

/** The one permission the app uses: presentationsläge asks for full screen (requestFullscreen). */
const ALLOWED_PERMISSION = 'fullscreen';

/**
 * Electron grants every permission unless told otherwise (checklist item 5). The app needs only
 * full screen, and only for its own page's main frame; everything else is denied.
 */
export function restrictPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(permission === ALLOWED_PERMISSION && details.isMainFrame && isOwnPage(details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    permission === ALLOWED_PERMISSION && isOwnPage(requestingOrigin));
}

/**
 * Only our own top-level page may call the API (checklist item 17, GHSA-mq8j-3h7h-p8g7):
 * not an iframe, not a page the window was somehow navigated to.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  return frame.parent === null && isAppUrl(frame.url, devServer());
}
