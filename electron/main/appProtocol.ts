import { protocol } from 'electron';
import { readFile, realpath } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY } from './security';

const SCHEME = 'app';
const HOST = new URL(APP_ORIGIN).host;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

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

/** The file an app:// URL names, or null if it names nothing inside rendererDir. */
export function rendererFilePath(url: string, rendererDir: string): string | null {
  let parsed: URL;
  let path: string;
  try {
    parsed = new URL(url);
    // Decoding after parsing: "..%2f" survives URL normalisation and must be caught below.
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${SCHEME}:` || parsed.host !== HOST || path.includes('\0')) return null;
  const root = resolve(rendererDir);
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  return isInside(root, file) ? file : null;
}

function isInside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

export async function rendererResponse(url: string, rendererDir: string): Promise<Response> {
  const file = rendererFilePath(url, rendererDir);
  if (file === null) return notFound();
  let body: Buffer;
  try {
    // A symlink inside the build must not lead outside it either.
    const [root, real] = await Promise.all([realpath(rendererDir), realpath(file)]);
    if (!isInside(root, real)) return notFound();
    body = await readFile(real);
  } catch {
    return notFound();
  }
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const headers: Record<string, string> = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' };
  if (type.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
  return new Response(new Uint8Array(body), { status: 200, headers });
}

function notFound(): Response {
  return new Response('Hittades inte', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
