import { protocol } from 'electron';
import { readStaticFile } from '../services/staticFiles';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY } from './security';

const SCHEME = 'app';
const HOST = new URL(APP_ORIGIN).host;

/**
 * Must run before 'ready'. standard: relative URLs and origins work as for https; secure: the
 * page counts as a secure context; supportFetchAPI: the renderer may fetch its own assets.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from app://renderer/ instead of file:// (security checklist item 18). */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(SCHEME, (request) => rendererResponse(request.url, rendererDir));
}

export async function rendererResponse(url: string, rendererDir: string): Promise<Response> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return notFound();
  }
  if (parsed.protocol !== `${SCHEME}:` || parsed.host !== HOST) return notFound();
  const file = await readStaticFile(rendererDir, parsed.pathname);
  if (file === null) return notFound();
  const headers: Record<string, string> = { 'Content-Type': file.contentType, 'X-Content-Type-Options': 'nosniff' };
  if (file.contentType.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
  return new Response(new Uint8Array(file.body), { status: 200, headers });
}

function notFound(): Response {
  return new Response('Hittades inte', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
