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

type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Our pages never navigate away, open windows or embed <webview> (checklist items 12–14). */
export function hardenWebContents(contents: HardenableContents): void {
  contents.on('will-navigate', (event: Event, url: string) => {
    if (!isAppUrl(url, devServer())) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event: Event) => event.preventDefault());
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
    callback(permission === ALLOWED_PERMISSION && details.isMainFrame && isAppUrl(details.requestingUrl, devServer()));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    permission === ALLOWED_PERMISSION && isAppUrl(requestingOrigin, devServer()));
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
