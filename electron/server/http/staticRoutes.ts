import type { IncomingMessage, ServerResponse } from 'node:http';
import { readStaticFile, resolveStaticPath } from '../../services/staticFiles';
import { send, TEXT_TYPE } from './respond';
import type { ServerContext } from './serverContext';

/**
 * The renderer's files. The page itself (/ and /index.html) is shown only to a signed-in person;
 * anyone else is sent to the sign-in page. Its scripts and styles hold no plan data. A path that
 * leads out of the renderer's folder (.., %2e%2e, backslashes, NUL) is refused and logged.
 */
export const NOT_FOUND_TEXT = 'Hittades inte.';

export async function handleStatic(ctx: ServerContext, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Sidor hämtas med GET.', TEXT_TYPE);
  if (leavesFolder(ctx.rendererDir, path)) return ctx.refuse(req, res, 404, NOT_FOUND_TEXT, { text: true, kind: 'not_found' });
  if ((path === '/' || path === '/index.html') && ctx.signedIn(req) === null) {
    res.writeHead(303, { Location: '/auth/login', 'Cache-Control': 'no-store' });
    res.end();
    return;
  }
  const file = await readStaticFile(ctx.rendererDir, path);
  if (file === null) return send(res, 404, NOT_FOUND_TEXT, TEXT_TYPE);
  send(res, 200, req.method === 'HEAD' ? '' : file.body, file.contentType);
}

/** A backslash is a folder separator on Windows, so it never names a renderer file on any system. */
function leavesFolder(rendererDir: string, path: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return true;
  }
  return decoded.includes('\\') || resolveStaticPath(rendererDir, path) === null;
}
